package vn.mobifone.care.subscriberlookup.lookup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.mobifone.care.platform.audit.PersonalDataRead;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.audit.AccessReason;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Acknowledgements;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Acknowledgements.Acknowledged;

@Path("/subscribers/{msisdn}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriber lookup")
public class LookupResource {

    private final SubscriberLookup lookup;
    private final Decree49Acknowledgements acknowledgements;

    public LookupResource(SubscriberLookup lookup, Decree49Acknowledgements acknowledgements) {
        this.lookup = lookup;
        this.acknowledgements = acknowledgements;
    }

    @GET
    @PersonalDataRead("PROFILE")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(summary = "Look a subscriber up by MSISDN (0…, 84…, +84…); audited, masked per role",
            description = "An incomplete Decree-49 subscriber is withheld (acknowledgementRequired) until the agent acknowledges the warning for this call.")
    public SubscriberLookupView get(@PathParam("msisdn") Msisdn msisdn,
            @QueryParam("callId") @Pattern(regexp = AccessReason.CALL_ID_PATTERN) String callId,
            @QueryParam("purpose") @Size(max = 200) String purpose) {
        return lookup.lookup(msisdn, AccessReason.of(callId, purpose));
    }

    @POST
    @Path("/decree49-acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @PersonalDataRead("DECREE49_ACKNOWLEDGEMENT")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Acknowledge the Decree-49 warning of an incomplete subscriber for one call (audited)")
    public Acknowledged acknowledge(@PathParam("msisdn") Msisdn msisdn, @Valid @NotNull AcknowledgementRequest request) {
        return acknowledgements.acknowledge(msisdn, AccessReason.of(request.callId(), request.purpose()));
    }

    public record AcknowledgementRequest(@Pattern(regexp = AccessReason.CALL_ID_PATTERN) String callId, @Size(max = 200) String purpose) {
    }
}
