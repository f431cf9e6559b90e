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
    public OccupationSet update(@PathParam("msisdn") Msisdn msisdn, @Valid @NotNull OccupationChange change) {
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
