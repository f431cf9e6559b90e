package vn.mobifone.care.itticket.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.web.QueryValues;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.security.Roles;

@Path("/sla/report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA report", description = "Success rate, counts and resolution times for ops")
public class SlaReportResource {

    /** Bounds the work of one report; a year covers every periodic review. */
    private static final Duration MAX_SPAN = Duration.ofDays(366);

    private final SlaReportQuery query;

    public SlaReportResource(SlaReportQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Roles.OPS, Roles.SUPERVISOR})
    @Operation(summary = "SLA outcome of the tickets received in [from, to), by level, tier, type or service")
    public SlaReport report(
            @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("groupBy") @Parameter(schema = @Schema(enumeration = {"level", "tier", "type", "service"}, defaultValue = "level"))
            String groupBy) {
        Instant start = QueryValues.instant("from", from);
        Instant end = QueryValues.instant("to", to);
        if (!end.isAfter(start)) {
            throw new InvalidInput("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new InvalidInput("to", "the period may span at most 366 days");
        }
        ReportGrouping grouping = QueryValues.enumValue(ReportGrouping.class, "groupBy", groupBy == null ? "level" : groupBy);
        return query.run(start, end, grouping);
    }
}
