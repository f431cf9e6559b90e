package vn.mobifone.care.consultation.vip;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

@Path("/vip-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Internal-VIP requests", description = "Requests of MobiFone's own leaders (seed 001): taken at once, checked after the call")
@APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role may not do this", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VipRequestResource {

    private final VipRequests requests;
    private final AfterCallChecks checks;
    private final Caller caller;

    public VipRequestResource(VipRequests requests, AfterCallChecks checks, Caller caller) {
        this.requests = requests;
        this.checks = checks;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "receiveVipRequest", summary = "Take a leader's request on the call, as given; nothing is looked up, the answer is immediate",
            description = "The agent then tells the leader: \"" + VipRequestView.PROMISE + "\". The checks run after the call.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = VipRequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (violations[])", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VipIntakeRequest.class),
                    examples = {
                        @ExampleObject(name = "lost phone", value = "{\"leaderName\": \"Nguyễn Văn Hùng\", \"callingNumber\": \"0901234567\","
                                + " \"requestType\": \"CUT_LOST_PHONE\", \"targetNumber\": \"0938123456\", \"callbackNumber\": \"0901234567\","
                                + " \"callId\": \"CALL-20261203-0042\"}"),
                        @ExampleObject(name = "red bill, owner and payment stated", value = "{\"leaderName\": \"Trần Thị Mai\","
                                + " \"callingNumber\": \"0903555777\", \"requestType\": \"REOPEN_UNPAID_OR_RED_BILL\","
                                + " \"targetNumber\": \"0936222444\","
                                + " \"callbackNumber\": \"0903555777\", \"statedOwnerName\": \"Trần Thị Mai\", \"statedPaymentType\": \"POSTPAID\","
                                + " \"note\": \"Thuê bao bị chặn do cước báo đỏ, xin mở lại trong ngày\", \"callId\": \"CALL-20261203-0057\"}")}))
            @Valid @NotNull VipIntakeRequest request, UriInfo uri) {
        VipRequestView received = requests.receive(request, caller.id());
        return Response.created(uri.getAbsolutePathBuilder().path(received.id().toString()).build()).entity(received).build();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "listVipRequests", summary = "The supervisors' queue, oldest first, every step timestamped; open requests unless a state is given")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "Invalid filter or page", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<VipRequestView> queue(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = VipState.class)) String state,
            @QueryParam("overdue") @Parameter(description = "true: only open requests waiting longer than the configured time",
                    schema = @Schema(enumeration = {"true", "false"})) String overdue,
            @BeanParam @Valid PageRequest page) {
        return requests.queue(state(state), overdue(overdue), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getVipRequest", summary = "One request with its steps and the task due")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = VipRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VipRequestView get(@PathParam("id") UUID id) {
        return requests.get(id);
    }

    @POST
    @Path("/{id}/checks")
    // No body: the request already holds all the check needs
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "checkVipRequest", summary = "Run the after-call check: business number, and the request against the data",
            description = "Reads the calling and the target number from the lookup under the caller's token. Both right: VERIFIED, to be "
                    + "executed; not a business number: QUALITY_MANAGEMENT; a mismatch: MISMATCH_CALLBACK with a task saying what does not match.")
    @APIResponse(responseCode = "200", description = "The request after the check, with the task due", content = @Content(schema = @Schema(implementation = VipRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "already-checked", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "subscriber-lookup-unavailable: the request stays RECEIVED", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public VipRequestView check(@PathParam("id") UUID id) {
        return checks.run(id, caller.id());
    }

    @POST
    @Path("/{id}/actions")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "actOnVipRequest", summary = "Record what was done: executed, called back, quality management's answer")
    @APIResponse(responseCode = "200", description = "The request after the step", content = @Content(schema = @Schema(implementation = VipRequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid action (violations[])", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "invalid-transition: the action does not fit the request's state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VipRequestView act(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VipActionRequest.class),
                    examples = {
                        @ExampleObject(name = "executed", value = "{\"action\": \"EXECUTE\","
                                + " \"note\": \"Đã chặn hai chiều thuê bao 0938123456 lúc 10:15\"}"),
                        @ExampleObject(name = "quality management confirmed", value = "{\"action\": \"QUALITY_MANAGEMENT_CONFIRMED\","
                                + " \"note\": \"QLCL xác nhận người gọi là lãnh đạo công ty, tiếp tục xử lý\"}")}))
            @Valid @NotNull VipActionRequest request) {
        return requests.act(id, request, caller.id());
    }

    /** Parsed by hand: JAX-RS would answer a failed conversion of a query parameter with 404. */
    private static VipState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return VipState.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("state", "must be one of RECEIVED, VERIFIED, QUALITY_MANAGEMENT, MISMATCH_CALLBACK, EXECUTED, CLOSED");
        }
    }

    private static boolean overdue(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInput("overdue", "must be true or false");
    }
}
