package vn.mobifone.care.outboundcampaign.targeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

@Path("/campaigns/{id}/target-generations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targeting", description = "Leads generated from the subscriber projection by the campaign's rules")
public class TargetGenerationResource {

    private final TargetGeneration generation;
    private final Caller caller;

    public TargetGenerationResource(TargetGeneration generation, Caller caller) {
        this.generation = generation;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "startTargetGeneration", summary = "Generate the campaign's leads in the database; re-running adds only new ones")
    @APIResponse(responseCode = "202", description = "Started; follow its progress at the Location", content = @Content(schema = @Schema(implementation = TargetGenerationView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A run of this campaign is still going (reason generation-running)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response start(@PathParam("id") UUID campaignId, UriInfo uri) {
        TargetGenerationView run = generation.start(campaignId, caller.id());
        return Response.accepted(run).location(uri.getAbsolutePathBuilder().path(run.id().toString()).build()).build();
    }

    @GET
    @Path("/{runId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.OPS})
    @Operation(operationId = "getTargetGeneration", summary = "A run's progress: subscribers examined of the total, leads added, state")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = TargetGenerationView.class)))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public TargetGenerationView get(@PathParam("id") UUID campaignId, @PathParam("runId") UUID runId) {
        return generation.view(campaignId, runId);
    }
}
