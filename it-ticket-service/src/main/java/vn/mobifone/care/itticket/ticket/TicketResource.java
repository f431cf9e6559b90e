package vn.mobifone.care.itticket.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;
import vn.mobifone.care.platform.web.QueryValues;

@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets", description = "IT-service support requests from intake to closure")
public class TicketResource {

    private final TicketIntake intake;
    private final TicketService tickets;
    private final TicketQueries queries;
    private final Caller caller;

    public TicketResource(TicketIntake intake, TicketService tickets, TicketQueries queries, Caller caller) {
        this.intake = intake;
        this.tickets = tickets;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.INTEGRATION})
    @Operation(summary = "Receive a request from any channel; its SLA clocks start now",
            description = "With an Idempotency-Key a retry of the same request is answered as the first attempt was "
                    + "(201, the same ticket and body) and creates nothing; the key with another request is refused.")
    @APIResponse(responseCode = "201", description = "Received, or a retry of a request received under the same Idempotency-Key",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed (also for a malformed Idempotency-Key), malformed-body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "idempotency-key-reused: the key came with another request before",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            @HeaderParam(TicketIntake.HEADER) @Parameter(description = "The caller's key for this request, 1-100 visible ASCII characters; "
                    + "send the same key with every retry") String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeRequest.class),
                    examples = @ExampleObject(name = "incident by e-mail", value = "{\"channel\": \"EMAIL\","
                            + " \"originalReference\": \"Email số KHDN-2026-12-0418 ngày 03/12/2026\", \"customerCode\": \"KHDN-HCM-000123\","
                            + " \"customerName\": \"Công ty TNHH Thương mại Sài Gòn Xanh\", \"itService\": \"MobiFone Invoice\","
                            + " \"requestType\": \"INCIDENT_FIX\", \"subject\": \"Không phát hành được hóa đơn điện tử\","
                            + " \"description\": \"Từ 08:30 sáng nay hệ thống báo lỗi E502 khi phát hành hóa đơn, đã thử lại nhiều lần.\"}")))
            @Valid @NotNull IntakeRequest request, UriInfo uri) {
        TicketIntake.Answer answer = intake.receive(request, caller.id(), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(answer.ticketId().toString()).build())
                .entity(answer.body()).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(summary = "Tickets by tier, level, type, state, customer or SLA condition (breached, at-risk, paused)")
    public Page<TicketView> search(
            @QueryParam("tier") @Parameter(schema = @Schema(implementation = Tier.class)) String tier,
            @QueryParam("level") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4")) String level,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = RequestType.class)) String type,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = TicketState.class)) String state,
            @QueryParam("customer") @Size(max = 60) String customer,
            @QueryParam("sla") @Parameter(schema = @Schema(enumeration = {"breached", "at-risk", "paused"})) String sla,
            @BeanParam @Valid PageRequest page) {
        TicketFilter filter = new TicketFilter(
                QueryValues.enumValue(Tier.class, "tier", tier),
                QueryValues.integer("level", level, 1, 4),
                QueryValues.enumValue(RequestType.class, "type", type),
                QueryValues.enumValue(TicketState.class, "state", state),
                customer == null || customer.isBlank() ? null : customer.strip(),
                QueryValues.enumValue(TicketFilter.SlaFilter.class, "sla", sla));
        return queries.search(filter, page);
    }

    @GET
    @Path("/progress-owed")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(summary = "Open tickets past their total time that still owe the customer a progress update")
    public Page<TicketView> progressOwed(@BeanParam @Valid PageRequest page) {
        return queries.progressOwed(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION})
    @Operation(summary = "A ticket with elapsed, remaining and due time of every clock")
    public TicketView get(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @POST
    @Path("/{id}/classification")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(summary = "Classify a new ticket, or reclassify it keeping the time already spent")
    @APIResponse(responseCode = "404", description = "not-found: no ticket has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "classification-unchanged: the ticket already has this type and level; level-below-tier: the level is below what the tier holding the ticket answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The ticket as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    public TicketView classify(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassificationRequest.class),
                    examples = {
                        @ExampleObject(name = "default level", value = "{\"requestType\": \"INCIDENT_FIX\"}"),
                        @ExampleObject(name = "level override", value = "{\"requestType\": \"INTEGRATION\", \"level\": 4,"
                                + " \"reason\": \"Cần đối tác cổng thanh toán cùng xử lý tích hợp\"}")}))
            @Valid @NotNull ClassificationRequest request) {
        return queries.view(tickets.classify(id, request, caller.id()));
    }

    @POST
    @Path("/{id}/actions")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(summary = "Work, escalate, wait for the customer, resolve, answer, reopen or close",
            description = "The tier holding the ticket works, escalates and resolves it, and only on a level it holds "
                    + "(agent: front line, level 1; supervisor: also the product room, level 2; ops: the IT centre, levels 3-4, "
                    + "and the specialised units, level 4). The front line answers the customer, reopens and closes. "
                    + "403 ticket-held-by-another-tier, 409 invalid-transition or level-not-held-by-tier.")
    @APIResponse(responseCode = "404", description = "not-found: no ticket has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "forbidden: the caller's role may not act on tickets; ticket-held-by-another-tier: another tier holds the ticket",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "invalid-transition: the action does not apply to the ticket's state; level-not-held-by-tier: the tier holding the ticket does not answer its level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "On escalation: level-1-answered-at-front-line, handled-by-product-room, specialised-units-only-for-level-4, highest-tier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The ticket as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    public TicketView act(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionRequest.class),
                    examples = {
                        @ExampleObject(name = "escalate", value = "{\"action\": \"ESCALATE\","
                                + " \"note\": \"Vượt thẩm quyền tuyến này, chuyển tuyến trên xử lý\"}"),
                        @ExampleObject(name = "resolve", value = "{\"action\": \"RESOLVE\","
                                + " \"note\": \"Đã khởi động lại dịch vụ ký số; khách hàng phát hành hóa đơn bình thường\"}")}))
            @Valid @NotNull ActionRequest request) {
        return queries.view(tickets.act(id, request, caller.id(), TierAuthority.tiersOf(caller.roles())));
    }

    @PUT
    @Path("/{id}/assignment")
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS})
    @Operation(summary = "Assign the ticket to a team and optionally a person")
    @APIResponse(responseCode = "404", description = "not-found: no ticket has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ticket-not-open: a resolved, answered or closed ticket is not assigned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The ticket as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    public TicketView assign(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentRequest.class),
                    examples = @ExampleObject(name = "team and person", value = "{\"team\": \"TT CNTT - Phòng GPTH\","
                            + " \"assignee\": \"tran.thi.binh\"}")))
            @Valid @NotNull AssignmentRequest request) {
        return queries.view(tickets.assign(id, request, caller.id()));
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed({Roles.OPS, Roles.SUPERVISOR})
    @Operation(summary = "Post the IT centre's progress and the expected resolution time")
    @APIResponse(responseCode = "404", description = "not-found: no ticket has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ticket-not-open: a resolved, answered or closed ticket is given no progress",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The ticket as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    public TicketView postProgress(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressUpdateRequest.class),
                    examples = @ExampleObject(name = "progress past 48 h", value = "{\"note\":"
                            + " \"Đang phối hợp đối tác khắc phục lỗi đồng bộ dữ liệu hóa đơn\","
                            + " \"expectedResolutionAt\": \"2027-06-30T10:00:00Z\"}")))
            @Valid @NotNull ProgressUpdateRequest request) {
        return queries.view(tickets.postProgress(id, request, caller.id()));
    }

    @POST
    @Path("/{id}/comments")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION})
    @Operation(summary = "Add an internal or customer-visible comment")
    @APIResponse(responseCode = "201", description = "The comment as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = "not-found: no ticket has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ticket-closed: a closed ticket takes no more comments",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response comment(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentRequest.class),
                    examples = @ExampleObject(name = "internal note", value = "{\"text\":"
                            + " \"Khách hàng xác nhận lỗi vẫn xảy ra trên trình duyệt Chrome\","
                            + " \"visibility\": \"INTERNAL\"}")))
            @Valid @NotNull CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(CommentView.of(tickets.comment(id, request, caller.id()))).build();
    }

    @GET
    @Path("/{id}/comments")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS, Roles.INTEGRATION})
    @Operation(summary = "Comments, optionally only the internal or the customer-visible ones")
    public List<CommentView> comments(@PathParam("id") UUID id,
            @QueryParam("visibility") @Parameter(schema = @Schema(implementation = TicketComment.Visibility.class)) String visibility) {
        return queries.comments(id, QueryValues.enumValue(TicketComment.Visibility.class, "visibility", visibility));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPS})
    @Operation(summary = "Every change of the ticket, oldest first")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return queries.history(id);
    }
}
