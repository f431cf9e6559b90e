package vn.mobifone.care.subscriberlookup.occupation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Roles;

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
    @Operation(summary = "Set the subscriber's main occupation during a call",
            description = "Refused (422) on lost-phone calls (lost-phone-call), for official, business and test-SIM subscribers "
                    + "(official-subscriber, business-subscriber, test-sim) and outside 07:00-22:00 Asia/Ho_Chi_Minh (outside-call-window).")
    public OccupationSet update(@PathParam("msisdn") Msisdn msisdn, @Valid @NotNull OccupationChange change) {
        return updates.update(msisdn, Occupation.byCode(change.code()), change.lostPhoneCall());
    }

    /** {@code lostPhoneCall}: whether the call is about a lost phone (no occupation is collected then). */
    public record OccupationChange(@NotNull @Min(1) @Max(18) Integer code, @NotNull Boolean lostPhoneCall) {
    }

    public record OccupationSet(Msisdn msisdn, Occupation.View occupation, boolean changed) {
    }
}
