package vn.mobifone.care.outboundcampaign.lead;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

@Path("/campaigns/{id}/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leads", description = "The call queue: the next lead for an agent, outcomes, callbacks, the script")
public class LeadResource {

    private static final String PROBLEM = "application/problem+json";

    private final LeadQueue queue;
    private final OutcomeRecording outcomes;
    private final Caller caller;

    public LeadResource(LeadQueue queue, OutcomeRecording outcomes, Caller caller) {
        this.queue = queue;
        this.outcomes = outcomes;
        this.caller = caller;
    }

    @POST
    @Path("/next")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "nextLead", summary = "The next lead for the calling agent, leased to them; DNC, calling window and already-reached are checked now")
    @APIResponse(responseCode = "200", description = "The lead, leased to the agent", content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "204", description = "No lead is due now")
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the calling window or the campaign's period (reasons outside-calling-window, campaign-not-running)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response next(@PathParam("id") UUID campaignId) {
        return queue.next(campaignId, caller.id()).map(lead -> Response.ok(lead).build()).orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("/{leadId}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getLead", summary = "A lead with its state, attempts, lease and callback")
    @APIResponse(responseCode = "200", description = "The lead", content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "404", description = "No such lead", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public LeadView get(@PathParam("id") UUID campaignId, @PathParam("leadId") long leadId) {
        return queue.view(campaignId, leadId);
    }

    @POST
    @Path("/{leadId}/outcome")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "recordOutcome", summary = "How the call ended; an agreed call needs at least 2 of B2-B5 in priority order")
    @APIResponse(responseCode = "200", description = "Recorded, with the lead's next state and the tasks and messages it created",
            content = @Content(schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "400", description = "Invalid outcome (missing reason, callback time, script)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such lead", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead is not leased to the caller (reason lead-not-leased)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule refused it (script-incomplete naming what is missing, callback-outside-window, b2-not-for-2022-members, b3-package-registered, no-store-for-district)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AttemptView outcome(@PathParam("id") UUID campaignId, @PathParam("leadId") long leadId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeRequest.class), examples = {
                    @ExampleObject(name = "callback", value = "{\"outcome\": \"CALLBACK\", \"callbackAt\": \"2026-12-04T03:00:00Z\", \"callbackFor\": \"AGENT\"}"),
                    @ExampleObject(name = "not interested", value = "{\"outcome\": \"NOT_INTERESTED\", \"reason\": \"Already has a package he likes\"}")}))
            @Valid @NotNull OutcomeRequest request) {
        return outcomes.record(campaignId, leadId, caller.id(), request);
    }
}
