package vn.mobifone.care.subscriberlookup.occupation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.audit.AccessReason;

@Path("/subscribers/{msisdn}/occupation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Occupation")
public class OccupationResource {

    private final OccupationUpdates updates;

    public OccupationResource(OccupationUpdates updates) {
        this.updates = updates;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Set the subscriber's main occupation during a call (audited: who, call, old and new code)",
            description = "Refused (422) on lost-phone calls (lost-phone-call), for official, business and test-SIM subscribers "
                    + "(official-subscriber, business-subscriber, test-sim), without the call (call-required), with a call start in the "
                    + "future or too long ago (call-start-implausible) and for calls that started outside 07:00-22:00 Asia/Ho_Chi_Minh "
                    + "(outside-call-window). An incomplete Decree-49 subscriber needs this agent's acknowledgement of the warning on "
                    + "this call first (409 decree49-acknowledgement-required).")
    @APIResponse(responseCode = "200", description = "The occupation as it is now, and whether it changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OccupationSet.class)))
    @APIResponse(responseCode = "404", description = "No subscriber has this number")
    @APIResponse(responseCode = "409", description = "decree49-acknowledgement-required: an incomplete Decree-49 subscriber's"
            + " warning was not acknowledged on this call")
    @APIResponse(responseCode = "422", description = "lost-phone-call, official-subscriber, business-subscriber, test-sim, call-required,"
            + " call-start-implausible, outside-call-window: see the operation's description")
    public OccupationSet update(@PathParam("msisdn") @Parameter(example = "0901234567") Msisdn msisdn,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OccupationChange.class),
                    examples = @ExampleObject(name = "on a call", value = "{\"code\": 4, \"lostPhoneCall\": false,"
                            + " \"callId\": \"CALL-20261203-0042\", \"callStartedAt\": \"2026-12-03T09:12:00+07:00\"}")))
            @Valid @NotNull OccupationChange change) {
        OccupationCall call = new OccupationCall(change.callId(), change.callStartedAt() == null ? null : change.callStartedAt().toInstant());
        return updates.update(msisdn, Occupation.byCode(change.code()), change.lostPhoneCall(), call);
    }

    /**
     * {@code lostPhoneCall}: whether the call is about a lost phone (no occupation is collected then).
     * {@code callId} and {@code callStartedAt}: the call being served, as the frontend passes it to
     * the lookup ({@code ?callId=}) and the Decree-49 acknowledgement.
     */
    public record OccupationChange(@NotNull @Min(1) @Max(18) Integer code, @NotNull Boolean lostPhoneCall,
            @Pattern(regexp = AccessReason.CALL_ID_PATTERN) String callId, OffsetDateTime callStartedAt) {
    }

    public record OccupationSet(Msisdn msisdn, Occupation.View occupation, boolean changed) {
    }
}
