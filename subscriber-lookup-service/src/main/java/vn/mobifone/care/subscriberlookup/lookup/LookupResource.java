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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "200", description = "The subscriber, masked for the caller's role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriberLookupView.class)))
    @APIResponse(responseCode = "404", description = "No subscriber has this number")
    public SubscriberLookupView get(@PathParam("msisdn") @Parameter(description = "0…, 84… or +84…", example = "0901234567") Msisdn msisdn,
            @QueryParam("callId") @Parameter(description = "The call being served", example = "CALL-20261203-0042")
            @Pattern(regexp = AccessReason.CALL_ID_PATTERN) String callId,
            @QueryParam("purpose") @Parameter(description = "Why the record is read, without a call", example = "complaint follow-up")
            @Size(max = 200) String purpose) {
        return lookup.lookup(msisdn, AccessReason.of(callId, purpose));
    }

    @POST
    @Path("/decree49-acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @PersonalDataRead("DECREE49_ACKNOWLEDGEMENT")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Acknowledge the Decree-49 warning of an incomplete subscriber for one call (audited)")
    @APIResponse(responseCode = "201", description = "The acknowledgement, valid for this call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Acknowledged.class)))
    @APIResponse(responseCode = "404", description = "No subscriber has this number")
    @APIResponse(responseCode = "409", description = "decree49-complete: the subscriber is complete under Decree 49, there is no warning to acknowledge")
    public Acknowledged acknowledge(@PathParam("msisdn") @Parameter(example = "0901234567") Msisdn msisdn,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcknowledgementRequest.class),
                    examples = @ExampleObject(name = "on a call", value = "{\"callId\": \"CALL-20261203-0042\"}")))
            @Valid @NotNull AcknowledgementRequest request) {
        return acknowledgements.acknowledge(msisdn, AccessReason.of(request.callId(), request.purpose()));
    }

    public record AcknowledgementRequest(@Pattern(regexp = AccessReason.CALL_ID_PATTERN) String callId, @Size(max = 200) String purpose) {
    }
}
