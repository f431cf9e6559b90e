package vn.mobifone.care.outboundcampaign.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Outbound campaigns with their targeting and dialling rules")
public class CampaignResource {

    private final Campaigns campaigns;
    private final Caller caller;

    public CampaignResource(Campaigns campaigns, Caller caller) {
        this.campaigns = campaigns;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createCampaign", summary = "Create a campaign; rules not given are its type's defaults (seed 002: 2C, VLR 4/7, ARPU from 150,000 VND)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Campaign.class)))
    @APIResponse(responseCode = "400", description = "Invalid campaign", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "sim-swap-targets-non-4g: a 4G SIM-swap campaign targets subscribers without a 4G SIM (sim4g false)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignRequest.class),
                    examples = {
                            @ExampleObject(name = "high-ARPU care, type defaults", value = "{\"type\": \"HIGH_ARPU_CARE\", "
                                    + "\"name\": \"Chăm sóc khách hàng ARPU cao - đợt 2 Miền Tây\", \"startsOn\": \"2026-12-07\", "
                                    + "\"endsOn\": \"2027-01-31\", \"windowStart\": \"08:00\", \"windowEnd\": \"20:00\"}"),
                            @ExampleObject(name = "4G SIM swap with its rules", value = "{\"type\": \"SIM_4G_SWAP\", "
                                    + "\"name\": \"Thay SIM 4G miễn phí - Cần Thơ, Hậu Giang\", \"startsOn\": \"2027-01-04\", "
                                    + "\"endsOn\": \"2027-03-31\", \"windowStart\": \"08:00\", \"windowEnd\": \"20:00\", "
                                    + "\"targeting\": {\"twoWayActive\": true, \"sim4g\": false, \"provinces\": [\"Cần Thơ\", "
                                    + "\"Hậu Giang\"], \"exclusionLists\": [], \"churnRiskThreshold\": 0.7}, "
                                    + "\"dialling\": {\"maxAttempts\": 3, \"busyRedialMinutes\": 30, \"noAnswerRedialMinutes\": 120, "
                                    + "\"leaseMinutes\": 15}}")}))
            @Valid @NotNull CampaignRequest request, UriInfo uri) {
        Campaign c = campaigns.create(request, caller.id());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "listCampaigns", summary = "All campaigns, newest first")
    public List<Campaign> list() {
        return campaigns.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "getCampaign", summary = "A campaign with its rules")
    @APIResponse(responseCode = "200", description = "The campaign", content = @Content(schema = @Schema(implementation = Campaign.class)))
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Campaign get(@PathParam("id") UUID id) {
        return campaigns.get(id);
    }
}
