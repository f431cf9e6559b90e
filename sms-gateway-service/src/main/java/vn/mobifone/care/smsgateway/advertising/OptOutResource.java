package vn.mobifone.care.smsgateway.advertising;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

@Path("/opt-outs/{msisdn}")
@Tag(name = "opt-outs")
public class OptOutResource {

    private final OptOutList optOuts;
    private final Caller caller;

    public OptOutResource(OptOutList optOuts, Caller caller) {
        this.optOuts = optOuts;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Operation(operationId = "optOut", summary = "The subscriber receives no more advertising")
    public OptOutView optOut(@PathParam("msisdn") Msisdn msisdn,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OptOutRequest.class),
                    examples = @ExampleObject(name = "asked on the hotline", value = "{\"source\": \"hotline\"}")))
            @NotNull @Valid OptOutRequest request) {
        return OptOutView.of(optOuts.add(msisdn, request.source(), caller.id()));
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION})
    @Operation(operationId = "getOptOut", summary = "Whether and since when the subscriber opted out (404 when not)")
    @APIResponse(responseCode = "200", description = "The opt-out",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OptOutView.class)))
    @APIResponse(responseCode = "404", description = "The subscriber has not opted out")
    public OptOutView get(@PathParam("msisdn") Msisdn msisdn) {
        return optOuts.find(msisdn).map(OptOutView::of).orElseThrow(() -> new ResourceNotFound("Opt-out", msisdn));
    }

    @DELETE
    @RolesAllowed({Roles.SUPERVISOR, Roles.INTEGRATION})
    @Operation(operationId = "optIn", summary = "The subscriber accepts advertising again")
    @APIResponse(responseCode = "204", description = "The opt-out is removed")
    @APIResponse(responseCode = "404", description = "The subscriber has not opted out")
    public Response optIn(@PathParam("msisdn") Msisdn msisdn) {
        if (!optOuts.remove(msisdn)) {
            throw new ResourceNotFound("Opt-out", msisdn);
        }
        return Response.noContent().build();
    }
}
