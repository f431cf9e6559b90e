package vn.mobifone.care.outboundcampaign.simswap.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;

@Path("/sim-swap-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SIM-swap invitations", description = "The invitation SMS with 9090 and the request page")
public class InvitationResource {

    private final SimSwapInvitations invitations;

    public InvitationResource(SimSwapInvitations invitations) {
        this.invitations = invitations;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS})
    @Operation(operationId = "inviteToSimSwap", summary = "Ask the SMS gateway to send the 4G SIM invitation to a batch of subscribers",
            description = "One sms-requested command per MobiFone number (template sim-4g-invitation, category ADVERTISING, "
                    + "the campaign id for the gateway's caps); other networks' numbers are skipped. Idempotent per campaign and number.")
    @APIResponse(responseCode = "202", description = "Handed to the SMS gateway",
            content = @Content(schema = @Schema(implementation = InvitationReport.class)))
    @APIResponse(responseCode = "400", description = "Invalid campaign id or number, empty batch or more than 1000 numbers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationRequest.class),
                    examples = @ExampleObject(name = "batch of target subscribers",
                            value = "{\"campaignId\": \"3f6c1a52-8e4b-4d2a-9c71-5b0e2d7a9f13\", "
                                    + "\"msisdns\": [\"0901234567\", \"0931234567\", \"0762345678\"]}")))
            @Valid @NotNull InvitationRequest request) {
        return Response.accepted(invitations.invite(request)).build();
    }
}
