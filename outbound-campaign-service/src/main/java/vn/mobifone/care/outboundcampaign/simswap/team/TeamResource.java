package vn.mobifone.care.outboundcampaign.simswap.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaRequest;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;
import vn.mobifone.care.platform.web.QueryValues;

@Path("/sim-swap-teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SIM-swap teams", description = "Rapid-response teams, district sales teams, stores and agents, with the areas they serve")
public class TeamResource {

    public static final String CODE = "[A-Za-z0-9._-]{1,40}";

    private final TeamDirectory teams;
    private final Caller caller;

    public TeamResource(TeamDirectory teams, Caller caller) {
        this.teams = teams;
        this.caller = caller;
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "saveSimSwapTeam", summary = "Declare a team with its coverage, or replace its details and coverage")
    @APIResponse(responseCode = "201", description = "Declared", content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown province or area, coverage outside the province, "
            + "coverage on a rapid-response team or none on another team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "team-province-fixed: the team belongs to another province",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(@PathParam("code") @Pattern(regexp = CODE, message = "1-40 letters, digits, '.', '_' or '-'") String code,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamRequest.class),
                    examples = {
                            @ExampleObject(name = "store covering a ward", value = "{\"name\": \"Cửa hàng MobiFone An Hòa\", "
                                    + "\"kind\": \"STORE\", \"provinceCode\": \"92\", \"phone\": \"0292 3820 222\", "
                                    + "\"address\": \"123 Mậu Thân, An Hòa, Ninh Kiều, Cần Thơ\", \"active\": true, "
                                    + "\"coverage\": [\"31117\"]}"),
                            @ExampleObject(name = "rapid-response team", value = "{\"name\": \"Đội phản ứng nhanh Cần Thơ\", "
                                    + "\"kind\": \"RAPID_RESPONSE\", \"provinceCode\": \"92\", \"phone\": \"0292 3822 999\", "
                                    + "\"address\": \"2 Nguyễn Văn Cừ, Ninh Kiều, Cần Thơ\", \"active\": true}")}))
            @Valid @NotNull TeamRequest request) {
        TeamDirectory.Saved saved = teams.save(code, request, caller.id());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(TeamView.of(saved.team())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OPS, Roles.AGENT})
    @Operation(operationId = "listSimSwapTeams", summary = "Teams of a province, of a kind, or covering an area")
    @APIResponse(responseCode = "200", description = "A page of teams by code")
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<TeamView> list(
            @QueryParam("provinceCode") @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String provinceCode,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = TeamKind.class)) String kind,
            @QueryParam("areaCode") @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String areaCode,
            @BeanParam @Valid PageRequest page) {
        return teams.list(provinceCode, QueryValues.enumValue(TeamKind.class, "kind", kind), areaCode, page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OPS, Roles.AGENT})
    @Operation(operationId = "getSimSwapTeam", summary = "One team with its coverage")
    @APIResponse(responseCode = "200", description = "The team", content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No such team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TeamView get(@PathParam("code") String code) {
        return TeamView.of(teams.get(code));
    }
}
