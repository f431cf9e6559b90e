package vn.mobifone.care.subscriberlookup.removal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.agents.PartnerScope;

@Path("/partners/{partnerId}/removal-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Removal requests", description = "Seed 000: the partner's official request to remove its departed agents' accounts, due before the 5th of the next month")
public class RemovalRequestResource {

    private static final String PROBLEM = "application/problem+json";

    private final RemovalRequests requests;

    public RemovalRequestResource(RemovalRequests requests) {
        this.requests = requests;
    }

    @GET
    @Path("{month}")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "removalRequest", summary = "The partner's agents who departed in the month (yyyy-MM), with the due date and whether it was sent")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = RemovalRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such partner", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public RemovalRequestView request(@PathParam("partnerId") String partnerId, @PathParam("month") String month) {
        return requests.request(partnerId, RemovalDeadline.month(month));
    }

    @GET
    @Path("{month}.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "removalRequestCsv", summary = "The same list as the CSV the partner attaches to its letter")
    @APIResponse(responseCode = "200", description = "One line per departed person",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public Response requestCsv(@PathParam("partnerId") String partnerId, @PathParam("month") String month) {
        RemovalRequestView request = requests.request(partnerId, RemovalDeadline.month(month));
        return Response.ok(RemovalRequestCsv.write(request), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"removal-request-" + request.partnerId() + "-" + request.month() + ".csv\"")
                .build();
    }

    @POST
    @Path("{month}/sent")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "markRemovalRequestSent", summary = "Record that the official request for the month was sent (once the month is over)")
    @APIResponse(responseCode = "200", description = "The request, SENT", content = @Content(schema = @Schema(implementation = RemovalRequestView.class)))
    @APIResponse(responseCode = "409", description = "already-sent: the request of the month was sent before", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "month-not-over: the month is not over yet; no-departures: nobody of the partner departed in the month", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public RemovalRequestView sent(@PathParam("partnerId") String partnerId, @PathParam("month") String month) {
        return requests.send(partnerId, RemovalDeadline.month(month));
    }

    @POST
    @Path("{month}/acknowledgement")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "acknowledgeRemovalRequest", summary = "MobiFone's 1090 centre acknowledges a sent request")
    @APIResponse(responseCode = "200", description = "The request, ACKNOWLEDGED", content = @Content(schema = @Schema(implementation = RemovalRequestView.class)))
    @APIResponse(responseCode = "409", description = "not-sent: the request was not sent yet; already-acknowledged: it was acknowledged before", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "403", description = PartnerScope.REFUSALS)
    public RemovalRequestView acknowledge(@PathParam("partnerId") String partnerId, @PathParam("month") String month) {
        return requests.acknowledge(partnerId, RemovalDeadline.month(month));
    }
}
