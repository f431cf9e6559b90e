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

@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agent directory", description = "Partner companies and their agents and supervisors; a departure is refused everywhere at once")
public class AgentResource {

    private static final String PROBLEM = "application/problem+json";

    private final Directory directory;

    public AgentResource(Directory directory) {
        this.directory = directory;
    }

    @GET
    @Path("{agentId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "agent", summary = "One person of the directory (another partner's is not found for a supervisor)")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public AgentView agent(@PathParam("agentId") @Pattern(regexp = AgentRequests.AGENT_ID) String agentId) {
        return directory.agent(agentId);
    }

    @PUT
    @Path("{agentId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "changeAgentStatus", summary = "Suspend, reactivate, or record a departure (with its date): effective in every service within seconds",
            description = "A departure is final (409 agent-departed afterwards); its date may not be in the future (422 departure-in-future).")
    @APIResponse(responseCode = "200", description = "The person as changed", content = @Content(schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = PartnerScope.MANAGING_REFUSALS)
    @APIResponse(responseCode = "409", description = "agent-departed: a departed account is removed for good", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "departure-in-future: a departure is recorded once it happened", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AgentView changeStatus(@PathParam("agentId") @Pattern(regexp = AgentRequests.AGENT_ID) String agentId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgentRequests.StatusChange.class), examples = {
                            @ExampleObject(name = "suspension", value = "{\"status\": \"SUSPENDED\"}"),
                            @ExampleObject(name = "departure", value = "{\"status\": \"DEPARTED\", \"departureDate\": \"2026-11-28\"}")}))
            @Valid @NotNull AgentRequests.StatusChange change) {
        return directory.changeStatus(agentId, change);
    }
}
