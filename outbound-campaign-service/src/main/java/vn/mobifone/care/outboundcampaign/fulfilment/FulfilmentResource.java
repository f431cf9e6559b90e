package vn.mobifone.care.outboundcampaign.fulfilment;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment", description = "Gifts, e-policies, package registrations and other work left by agreed calls; stores for gift pick-up")
public class FulfilmentResource {

    private static final String PROBLEM = "application/problem+json";

    private final FulfilmentTasks tasks;
    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final Clock clock;

    public FulfilmentResource(FulfilmentTasks tasks, AgroalDataSource dataSource, Caller caller, Clock clock) {
        this.tasks = tasks;
        this.dataSource = dataSource;
        this.caller = caller;
        this.clock = clock;
    }

    public record StoreRequest(@NotBlank @Size(max = 300) String address) {
    }

    @GET
    @Path("/fulfilment-tasks")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(operationId = "listFulfilmentTasks", summary = "Tasks by due date; overdue=true lists the open ones past their due day")
    public Page<FulfilmentTaskView> list(@QueryParam("campaignId") UUID campaignId, @QueryParam("overdue") boolean overdue,
            @BeanParam @Valid PageRequest page) {
        return tasks.search(campaignId, overdue, page);
    }

    @POST
    @Path("/fulfilment-tasks/{id}/done")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(operationId = "completeFulfilmentTask", summary = "Mark a task done")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(schema = @Schema(implementation = FulfilmentTaskView.class)))
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already done (reason task-done)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public FulfilmentTaskView done(@PathParam("id") UUID id) {
        return tasks.done(id, caller.id());
    }

    @PUT
    @Path("/stores/{district}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "putStore", summary = "The store whose address customers of a district are sent to collect a gift")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "400", description = "No address", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void putStore(@PathParam("district") @Size(min = 1, max = 100) String district,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreRequest.class),
                    examples = @ExampleObject(name = "store of Ninh Kiều", value = "{\"address\": \"01 Hòa Bình, Ninh Kiều, Cần Thơ\"}")))
            @Valid @NotNull StoreRequest request) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO store (district, address, updated_at) VALUES (?, ?, ?) ON CONFLICT (district) DO UPDATE SET address = EXCLUDED.address,"
                        + " updated_at = EXCLUDED.updated_at")) {
            s.setString(1, district.strip());
            s.setString(2, request.address().strip());
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
