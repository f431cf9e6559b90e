package vn.mobifone.care.subscriberlookup.removal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.agents.AgentRequests;
import vn.mobifone.care.subscriberlookup.agents.PartnerScope;

@Path("/agents/{agentId}/liability-window")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Removal requests")
public class LiabilityWindowResource {

    private static final String PROBLEM = "application/problem+json";

    private final LiabilityWindows windows;

    public LiabilityWindowResource(LiabilityWindows windows) {
        this.windows = windows;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "liabilityWindow", summary = "A departed agent's liability window: from the day they left to the removal, "
            + "with every read of personal data answered in it and the attempts refused afterwards")
    @APIResponse(responseCode = "200", description = "The window", content = @Content(schema = @Schema(implementation = LiabilityWindow.class)))
    @APIResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "agent-not-departed: a liability window opens with a departure", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public LiabilityWindow window(@PathParam("agentId") @Pattern(regexp = AgentRequests.AGENT_ID) String agentId) {
        return windows.of(agentId);
    }
}
