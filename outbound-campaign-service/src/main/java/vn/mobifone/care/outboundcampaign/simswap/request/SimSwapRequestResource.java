package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaRequest;
import vn.mobifone.care.outboundcampaign.simswap.team.TeamResource;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;
import vn.mobifone.care.platform.web.QueryValues;

@Path("/sim-swap-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SIM-swap requests", description = "4G SIM-swap, new-subscription and product-advice requests, routed to the sales force by address")
public class SimSwapRequestResource {

    private final SimSwapIntake intake;
    private final SimSwapRequestQueries queries;
    private final Caller caller;

    public SimSwapRequestResource(SimSwapIntake intake, SimSwapRequestQueries queries, Caller caller) {
        this.intake = intake;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "receiveSimSwapRequest", summary = "Take a request from any channel and route it by the customer's address",
            description = "Routed to the team covering the ward, else the district, else the province's rapid-response team; "
                    + "a quarantined address goes to the rapid-response team through the local authority. "
                    + "Announced on sim-swap-request-routed. The same idempotency key again answers the request already taken.")
    @APIResponse(responseCode = "201", description = "Taken and routed",
            content = @Content(schema = @Schema(implementation = SimSwapRequestView.class)))
    @APIResponse(responseCode = "200", description = "Taken before under this idempotency key",
            content = @Content(schema = @Schema(implementation = SimSwapRequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown area or an address whose codes do not nest",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "idempotency-key-reused: the key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "sim-swap-needs-mobifone-number, no-team-for-area, no-rapid-response-team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeRequest.class),
                    examples = {
                            @ExampleObject(name = "SIM swap from the request page", value = "{\"idempotencyKey\": \"webform-20261203-000517\", "
                                    + "\"channel\": \"WEB_FORM\", \"requestType\": \"SIM_SWAP\", \"msisdn\": \"0901234567\", "
                                    + "\"customerName\": \"Trần Văn Hùng\", \"address\": {\"provinceCode\": \"92\", "
                                    + "\"districtCode\": \"916\", \"wardCode\": \"31117\", \"street\": \"45 Trần Quang Diệu\"}, "
                                    + "\"note\": \"At home after 17:00\"}"),
                            @ExampleObject(name = "product advice on 9090", value = "{\"idempotencyKey\": \"CALL-20261203-0042\", "
                                    + "\"channel\": \"HOTLINE_9090\", \"requestType\": \"PRODUCT_ADVICE\", \"msisdn\": \"0931234567\", "
                                    + "\"customerName\": \"Lê Thị Mai\", \"address\": {\"provinceCode\": \"92\", "
                                    + "\"districtCode\": \"916\"}, \"note\": \"Asks which 4G data package suits about 5 GB a month\"}")}))
            @Valid @NotNull IntakeRequest request) {
        SimSwapIntake.Recorded outcome = intake.receive(request, caller.id());
        SimSwapRequestView view = SimSwapRequestView.of(outcome.request());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/sim-swap-requests/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(operationId = "listSimSwapRequests", summary = "A team's work queue, oldest first; or requests by status, province or number")
    @APIResponse(responseCode = "200", description = "A page of requests, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SimSwapRequestView> search(
            @QueryParam("teamCode") @Pattern(regexp = TeamResource.CODE, message = "1-40 letters, digits, '.', '_' or '-'") String teamCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RequestStatus.class)) String status,
            @QueryParam("provinceCode") @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String provinceCode,
            @QueryParam("msisdn") Msisdn msisdn,
            @BeanParam @Valid PageRequest page) {
        return queries.search(teamCode, QueryValues.enumValue(RequestStatus.class, "status", status), provinceCode, msisdn, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION})
    @Operation(operationId = "getSimSwapRequest", summary = "One request with its routing and outcome")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = SimSwapRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimSwapRequestView get(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "recordSimSwapOutcome", summary = "Close the request: served at home, served at the store, unreachable or refused (with the reason)")
    @APIResponse(responseCode = "200", description = "The closed request", content = @Content(schema = @Schema(implementation = SimSwapRequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field; OPEN is no outcome; a refusal without its reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "request-closed: it already has an outcome",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimSwapRequestView recordOutcome(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeRequest.class),
                    examples = {
                            @ExampleObject(name = "served at home", value = "{\"outcome\": \"SERVED_AT_HOME\", "
                                    + "\"note\": \"4G SIM swapped at the customer's home, data working\"}"),
                            @ExampleObject(name = "refused", value = "{\"outcome\": \"REFUSED\", "
                                    + "\"note\": \"Customer keeps the old SIM: his phone does not support 4G\"}")}))
            @Valid @NotNull OutcomeRequest request) {
        return SimSwapRequestView.of(intake.recordOutcome(id, request, caller.id()));
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "transferSimSwapRequest", summary = "Hand an open request to another team of the province; announced again as routed")
    @APIResponse(responseCode = "200", description = "The request with its new team",
            content = @Content(schema = @Schema(implementation = SimSwapRequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field or unknown team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "request-closed, already-with-team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "team-inactive, team-of-another-province",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimSwapRequestView transfer(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferRequest.class),
                    examples = @ExampleObject(name = "to the ward's store", value = "{\"teamCode\": \"CH-AH\", "
                            + "\"reason\": \"Customer prefers to collect the SIM at the An Hòa store after work\"}")))
            @Valid @NotNull TransferRequest request) {
        return SimSwapRequestView.of(intake.transfer(id, request, caller.id()));
    }
}
