package vn.mobifone.care.subscriberlookup.agents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agent directory", description = "Partner companies and their agents and supervisors; a departure is refused everywhere at once")
public class PartnerResource {

    private static final String PROBLEM = "application/problem+json";

    private final Directory directory;
    private final RosterImport roster;

    public PartnerResource(Directory directory, RosterImport roster) {
        this.directory = directory;
        this.roster = roster;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addPartner", summary = "Register a partner company that runs call-centre lines")
    @APIResponse(responseCode = "201", description = "The partner", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "409", description = "partner-exists: the partner id is already in the directory", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PartnerView addPartner(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgentRequests.NewPartner.class),
                    examples = @ExampleObject(name = "call-centre partner", value = "{\"id\": \"MINHPHUC-CC\", "
                            + "\"name\": \"Công ty TNHH Dịch vụ Tổng đài Minh Phúc\"}")))
            @Valid @NotNull AgentRequests.NewPartner request) {
        return directory.addPartner(request);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "partners", summary = "The partners: all for the admin, a supervisor's own")
    @APIResponse(responseCode = "200", description = "The partners")
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public List<PartnerView> partners() {
        return directory.partners();
    }

    @GET
    @Path("{partnerId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "partner", summary = "One partner (a supervisor: only their own, else 403 other-partner)")
    @APIResponse(responseCode = "200", description = "The partner", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public PartnerView partner(@PathParam("partnerId") String partnerId) {
        return PartnerView.of(directory.partner(partnerId));
    }

    @POST
    @Path("{partnerId}/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "registerAgent", summary = "Register an agent of the partner (a supervisor: agents of their own partner; supervisors by the admin)")
    @APIResponse(responseCode = "201", description = "The person, ACTIVE", content = @Content(schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "403", description = PartnerScope.MANAGING_REFUSALS)
    @APIResponse(responseCode = "409", description = "agent-exists: the account id is already in the directory", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partner", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AgentView register(@PathParam("partnerId") String partnerId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgentRequests.NewAgent.class),
                    examples = @ExampleObject(name = "agent on the 1090 line", value = "{\"id\": \"MP-A0042\", "
                            + "\"name\": \"Nguyễn Thị Lan\", \"role\": \"AGENT\", \"callCentre\": \"Đài 1090 Cần Thơ\", \"line\": \"1090\", "
                            + "\"startDate\": \"2026-12-01\"}")))
            @Valid @NotNull AgentRequests.NewAgent request) {
        return directory.register(partnerId, request);
    }

    @GET
    @Path("{partnerId}/agents")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "partnerAgents", summary = "The partner's people, by id, optionally of one status (404 for an unknown partner)")
    @APIResponse(responseCode = "200", description = "One page of the partner's people")
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public Page<AgentView> agents(@PathParam("partnerId") String partnerId, @QueryParam("status") AgentStatus status,
            @BeanParam @Valid PageRequest page) {
        return directory.agents(partnerId, status, page);
    }

    @POST
    @Path("{partnerId}/agent-imports")
    @Consumes("text/csv")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "importRoster", summary = "Take the partner's existing roster (CSV id,name,role,callCentre,line,startDate): "
            + "good lines registered ACTIVE, bad lines reported with line number and reason")
    @APIResponse(responseCode = "200", description = "The per-line report", content = @Content(schema = @Schema(implementation = RosterImport.Report.class)))
    @APIResponse(responseCode = "404", description = "No such partner", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = PartnerScope.MANAGING_REFUSALS)
    public RosterImport.Report importRoster(@PathParam("partnerId") String partnerId, @NotNull InputStream body) {
        return roster.importRoster(partnerId, new InputStreamReader(body, StandardCharsets.UTF_8));
    }
}
