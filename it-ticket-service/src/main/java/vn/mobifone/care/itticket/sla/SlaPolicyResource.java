package vn.mobifone.care.itticket.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.itticket.ticket.RequestType;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.QueryValues;

@Path("/sla")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA policies", description = "Budgets per request type and the calendars they count on")
public class SlaPolicyResource {

    private final SlaPolicies policies;
    private final Calendars calendars;
    private final Caller caller;

    public SlaPolicyResource(SlaPolicies policies, Calendars calendars, Caller caller) {
        this.policies = policies;
        this.calendars = calendars;
        this.caller = caller;
    }

    @GET
    @Path("/policies")
    @RolesAllowed({Roles.ADMIN, Roles.OPS, Roles.SUPERVISOR})
    @Operation(summary = "The current policy version of every request type")
    @Transactional
    public List<PolicyView> current() {
        return views(policies.currentVersions());
    }

    @GET
    @Path("/policies/{requestType}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.OPS, Roles.SUPERVISOR})
    @Operation(summary = "Every version of one request type's policy, oldest first")
    @Transactional
    public List<PolicyView> versions(
            @PathParam("requestType") @Parameter(schema = @Schema(implementation = RequestType.class)) String requestType) {
        return views(policies.versions(type(requestType)));
    }

    @PUT
    @Path("/policies/{requestType}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revise a policy: adds a version; open tickets keep theirs until reclassified")
    @Transactional
    public PolicyView revise(@PathParam("requestType") @Parameter(schema = @Schema(implementation = RequestType.class)) String requestType,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyRevision.class),
                    examples = {
                        @ExampleObject(name = "level 3, around the clock", value = "{\"regionalBudgetMinutes\": 240, \"itCentreBudgetMinutes\": 2640,"
                                + " \"totalBudgetMinutes\": 2880, \"warningPercent\": 75, \"calendar\": \"24x7\"}"),
                        @ExampleObject(name = "level 2, office hours", value = "{\"regionalBudgetMinutes\": 240, \"itCentreBudgetMinutes\": 0,"
                                + " \"totalBudgetMinutes\": 240, \"warningPercent\": 80, \"calendar\": \"office-hours\"}")}))
            @Valid @NotNull PolicyRevision revision) {
        SlaPolicyRow row = policies.revise(type(requestType), revision, caller.id());
        return PolicyView.of(row, revision.calendar());
    }

    @GET
    @Path("/calendars")
    @RolesAllowed({Roles.ADMIN, Roles.OPS, Roles.SUPERVISOR})
    @Operation(summary = "Calendars with their working hours and holidays")
    @Transactional
    public List<CalendarView> calendars() {
        return calendars.all().stream()
                .map(c -> CalendarView.of(c, calendars.holidays(c.id).stream().sorted().toList()))
                .toList();
    }

    @POST
    @Path("/calendars/{code}/holidays")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a holiday: clocks on this calendar do not tick that day")
    @APIResponse(responseCode = "201", description = "Added; the calendar with its holidays",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    @Transactional
    @APIResponse(responseCode = "404", description = "not-found: no calendar has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "calendar-always-open: the calendar runs around the clock and has no holidays; holiday-exists: the day is already a holiday of the calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addHoliday(@PathParam("code") String code,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayRequest.class),
                    examples = @ExampleObject(name = "New Year 2027", value = "{\"day\": \"2027-01-01\", \"name\": \"Tết Dương lịch 2027\"}")))
            @Valid @NotNull HolidayRequest request) {
        calendars.addHoliday(code, request.day(), request.name());
        CalendarRow calendar = calendars.byCode(code);
        return Response.status(Response.Status.CREATED)
                .entity(CalendarView.of(calendar, calendars.holidays(calendar.id).stream().sorted().toList())).build();
    }

    private List<PolicyView> views(List<SlaPolicyRow> rows) {
        Map<Long, String> codes = calendars.all().stream().collect(Collectors.toMap(c -> c.id, c -> c.code));
        return rows.stream().map(r -> PolicyView.of(r, codes.get(r.calendarId))).toList();
    }

    private static RequestType type(String value) {
        return QueryValues.enumValue(RequestType.class, "requestType", value);
    }
}
