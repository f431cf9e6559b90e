package vn.mobifone.care.smsgateway.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;

/** Per-campaign caps and send dates for the campaign's outreach (seed 002: 2 SMS, 1 Zalo, 28/10 and 30/10). */
@Path("/campaign-limits")
@Tag(name = "campaign-limits")
public class CampaignLimitsResource {

    private final CampaignLimitsStore store;
    private final Caller caller;

    public CampaignLimitsResource(CampaignLimitsStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    @PUT
    @Path("/{campaignId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(operationId = "putCampaignLimits", summary = "Set a campaign's caps per subscriber and send dates (201 when created, 200 when replaced)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CampaignLimitsView.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CampaignLimitsView.class)))
    public Response put(@PathParam("campaignId") @Size(min = 1, max = 64) String campaignId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignLimitsRequest.class),
                    examples = @ExampleObject(name = "2 SMS and 1 Zalo on two days", value = "{\"smsPerSubscriber\": 2, \"zaloPerSubscriber\": 1,"
                            + " \"sendDates\": [\"2026-12-10\", \"2026-12-12\"]}")))
            @NotNull @Valid CampaignLimitsRequest request) {
        CampaignLimitsStore.Saved saved = store.save(campaignId, request.limits(), caller.id());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.view()).build();
    }

    @GET
    @Path("/{campaignId}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(operationId = "getCampaignLimits", summary = "A campaign's caps and send dates")
    @APIResponse(responseCode = "200", description = "The campaign's limits",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CampaignLimitsView.class)))
    @APIResponse(responseCode = "404", description = "No limits are set for this campaign")
    public CampaignLimitsView get(@PathParam("campaignId") String campaignId) {
        return store.get(campaignId);
    }
}
