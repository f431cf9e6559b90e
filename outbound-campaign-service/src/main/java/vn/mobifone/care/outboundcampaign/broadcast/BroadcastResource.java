package vn.mobifone.care.outboundcampaign.broadcast;

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
import jakarta.ws.rs.core.UriInfo;
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

@Path("/campaigns/{id}/broadcasts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Broadcasts", description = "The campaign's own SMS and Zalo messages to its whole target list")
public class BroadcastResource {

    private static final String PROBLEM = "application/problem+json";

    private final Broadcasts broadcasts;
    private final Caller caller;

    public BroadcastResource(Broadcasts broadcasts, Caller caller) {
        this.broadcasts = broadcasts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "startBroadcast", summary = "Send a template to every lead on a day, in the advertising window; a re-run sends only what was not sent")
    @APIResponse(responseCode = "202", description = "Started; follow its progress at the Location", content = @Content(schema = @Schema(implementation = BroadcastView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Still running (reason broadcast-running)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the campaign or its window passed (outside-campaign, advertising-window-passed)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response start(@PathParam("id") UUID campaignId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BroadcastRequest.class),
                    examples = {
                            @ExampleObject(name = "KNDL invitation by SMS", value = "{\"templateId\": \"kndl-invitation\", "
                                    + "\"channel\": \"SMS\", \"sendOn\": \"2026-12-08\"}"),
                            @ExampleObject(name = "identity update on Zalo", value = "{\"templateId\": \"identity-update-zalo\", "
                                    + "\"channel\": \"ZALO\", \"sendOn\": \"2026-12-10\"}")}))
            @Valid @NotNull BroadcastRequest request, UriInfo uri) {
        BroadcastView b = broadcasts.start(campaignId, request, caller.id());
        return Response.accepted(b).location(uri.getAbsolutePathBuilder().path(b.id().toString()).build()).build();
    }

    @GET
    @Path("/{broadcastId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.OPS})
    @Operation(operationId = "getBroadcast", summary = "A broadcast's progress: recipients and messages requested")
    @APIResponse(responseCode = "200", description = "The broadcast", content = @Content(schema = @Schema(implementation = BroadcastView.class)))
    @APIResponse(responseCode = "404", description = "No such broadcast", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BroadcastView get(@PathParam("id") UUID campaignId, @PathParam("broadcastId") UUID id) {
        return broadcasts.view(campaignId, id);
    }
}
