package vn.mobifone.care.smsgateway.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.audit.PersonalDataRead;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;
import vn.mobifone.care.smsgateway.delivery.Dispatcher;

@Path("/messages")
@Tag(name = "messages")
public class MessageResource {

    private static final String EXAMPLE = """
            {"idempotencyKey": "kndl-2022-10-28-84901234567", "msisdn": "0901234567", "templateId": "kndl-invitation",
             "parameters": {"msisdn": "84901234567", "points": "1200"}, "channel": "SMS", "category": "ADVERTISING",
             "campaignId": "arpu-2022-10"}""";

    private final IntakeCommits intake;
    private final MessageQueries queries;
    private final Dispatcher dispatcher;
    private final Caller caller;

    public MessageResource(IntakeCommits intake, MessageQueries queries, Dispatcher dispatcher, Caller caller) {
        this.intake = intake;
        this.queries = queries;
        this.dispatcher = dispatcher;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.SUPERVISOR})
    @Operation(operationId = "sendMessage", summary = "Send a message: 202 with the new message, 200 with the existing one for a known idempotency key. "
            + "A message refused by the opt-out list or a cap is recorded and answered REJECTED with its reason.",
            description = "A message is not refused with a problem but recorded REJECTED, with its reason, when the subscriber opted out"
                    + " of advertising (" + MessageIntake.OPTED_OUT + "), a cap of the subscriber or the campaign is reached ("
                    + MessageIntake.CAP_EXCEEDED + ") or the campaign does not send on this date (" + MessageIntake.OUTSIDE_CAMPAIGN_DATES + ").")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = SendRequest.class),
            examples = @ExampleObject(name = "campaign invitation", value = EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Accepted: the new message, at Location",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "200", description = "The message this idempotency key already made",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "409", description = "The idempotency key made a message for another subscriber or channel (reason idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A free text from a caller who may not write one (reason free-text-not-allowed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response send(@NotNull @Valid SendRequest request) {
        MessageIntake.Recorded outcome = intake.accept(request, caller.id(), caller.hasRole(Roles.SUPERVISOR));
        if (!outcome.created()) {
            return Response.ok(queries.view(outcome.message())).build();
        }
        dispatcher.wakeUp();
        // Parts are recorded as the SMSC acknowledges them: a message just accepted has none to read.
        MessageView view = MessageView.of(outcome.message(), List.of());
        // Relative: the runtime makes it absolute for this request at a fraction of a URI builder's cost.
        return Response.accepted(view).location(URI.create("/messages/" + view.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION})
    @Operation(operationId = "getMessage", summary = "One message with its parts and where each stands")
    @APIResponse(responseCode = "200", description = "The message",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "No message has this id")
    public MessageView get(@PathParam("id") UUID id) {
        return queries.get(id);
    }

    @GET
    @PersonalDataRead("SMS_MESSAGES")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION})
    @Operation(operationId = "searchMessages", summary = "Messages of a subscriber and/or a campaign, newest first")
    public Page<MessageView> search(@QueryParam("msisdn") Msisdn msisdn, @QueryParam("campaignId") @Size(max = 64) String campaignId,
            @BeanParam @Valid PageRequest page) {
        return queries.search(msisdn, campaignId, page);
    }
}
