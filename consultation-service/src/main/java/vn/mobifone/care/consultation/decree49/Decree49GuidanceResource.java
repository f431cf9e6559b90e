package vn.mobifone.care.consultation.decree49;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.consultation.subscriber.Subscriber;
import vn.mobifone.care.consultation.subscriber.SubscriberDirectory;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;

@Path("/subscribers/{msisdn}/decree49-guidance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decree-49 guidance", description = "Seed 000: what to tell a customer whose identity information is incomplete")
public class Decree49GuidanceResource {

    private final SubscriberDirectory directory;

    public Decree49GuidanceResource(SubscriberDirectory directory) {
        this.directory = directory;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getDecree49Guidance", summary = "The scenario and the steps to read to the customer, in Vietnamese with English",
            description = "1090: by the subscriber (complete, golden number, smartphone, feature phone). 9090: the customer asks how to update. "
                    + "An incomplete subscriber needs the lookup's Decree-49 acknowledgement for this call first.")
    @APIResponse(responseCode = "200", description = "The guidance", content = @Content(schema = @Schema(implementation = Decree49Guidance.class)))
    @APIResponse(responseCode = "400", description = "validation-failed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = SubscriberDirectory.CONFLICTS, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "other-network: not a MobiFone subscription", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "subscriber-lookup-unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Decree49Guidance guidance(@PathParam("msisdn") Msisdn msisdn,
            @QueryParam("line") @NotNull @Pattern(regexp = "1090|9090") @Parameter(description = "1090 or 9090") String line,
            @QueryParam("callId") @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String callId) {
        // The pop-up stays the gate: no guidance on an incomplete subscriber the agent has not acknowledged.
        Subscriber subscriber = directory.readShownMobiFone(msisdn, callId);
        return Decree49Guide.guide(subscriber, line);
    }
}
