package vn.mobifone.care.smsgateway.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

/** Bulk sending: many messages per call, as integrators' bulk SMS APIs take them. */
@Path("/messages/batch")
@Tag(name = "messages")
public class BatchResource {

    private static final String EXAMPLE = """
            {"messages": [
              {"idempotencyKey": "kndl-2022-10-28-84901234567", "msisdn": "84901234567", "templateId": "kndl-invitation",
               "parameters": {"msisdn": "84901234567", "points": "1200"}, "channel": "SMS", "category": "ADVERTISING",
               "campaignId": "arpu-2022-10"},
              {"idempotencyKey": "care-6f1c", "msisdn": "0931234567", "templateId": "my-mobifone-link", "parameters": {},
               "channel": "SMS", "category": "CARE"}
            ]}""";

    private final BatchIntake intake;
    private final Caller caller;

    public BatchResource(BatchIntake intake, Caller caller) {
        this.intake = intake;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.SUPERVISOR})
    @Operation(operationId = "sendMessageBatch", summary = "Send up to " + BatchRequest.MAX_MESSAGES + " messages in one call and one transaction, "
            + "each answered at its position: ACCEPTED with its id, DUPLICATE with the id its idempotency key made before, or REFUSED with "
            + "the problem POST /messages would have answered.",
            description = "Partial success: the valid messages are recorded even when others are refused, and the answer is 200 either way. "
                    + "Each message is taken exactly as POST /messages takes it (templates, opt-outs, caps, the advertising window); a message "
                    + "that a cap or the opt-out list refuses is ACCEPTED with status REJECTED and its reason, as a single request is. "
                    + "A body that cannot be read, or a list that is missing, empty, longer than " + BatchRequest.MAX_MESSAGES
                    + " or holds a null, is refused whole (400). If the database fails, nothing of the batch is recorded (500): "
                    + "sending the same batch again is safe, every idempotency key answers once.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchRequest.class),
            examples = @ExampleObject(name = "campaign-and-care", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Every message's outcome, in the order of the request",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchResult.class)))
    public BatchResult send(@NotNull @Valid BatchRequest batch) {
        return intake.accept(batch, caller.id(), caller.hasRole(Roles.SUPERVISOR));
    }
}
