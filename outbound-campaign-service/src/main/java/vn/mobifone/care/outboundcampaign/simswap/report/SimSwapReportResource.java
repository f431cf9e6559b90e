package vn.mobifone.care.outboundcampaign.simswap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.web.QueryValues;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaRequest;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;

@Path("/sim-swap-reports")
@Tag(name = "SIM-swap report", description = "SIM-swap requests by area and outcome, for the regional companies")
public class SimSwapReportResource {

    /** Bounds the work of one report; a year covers every review of a campaign. */
    private static final Duration MAX_SPAN = Duration.ofDays(366);

    private final SimSwapReportQuery query;

    public SimSwapReportResource(SimSwapReportQuery query) {
        this.query = query;
    }

    @GET
    @Path("/by-area")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS})
    @Operation(operationId = "simSwapReportByArea", summary = "Requests received in [from, to) by province, district or ward and by outcome")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = SimSwapReport.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid period, grouping or province",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimSwapReport byArea(
            @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("groupBy") @Parameter(schema = @Schema(implementation = AreaGrouping.class, defaultValue = "PROVINCE")) String groupBy,
            @QueryParam("provinceCode") @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String provinceCode) {
        return run(from, to, groupBy, provinceCode);
    }

    @GET
    @Path("/by-area.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS})
    @Operation(operationId = "simSwapReportByAreaCsv", summary = "The same report as CSV (UTF-8, header first), for the regional companies")
    @APIResponse(responseCode = "200", description = "One line per area: " + ReportCsv.HEADER,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Missing or invalid period, grouping or province",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response byAreaCsv(
            @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("groupBy") @Parameter(schema = @Schema(implementation = AreaGrouping.class, defaultValue = "PROVINCE")) String groupBy,
            @QueryParam("provinceCode") @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String provinceCode) {
        SimSwapReport report = run(from, to, groupBy, provinceCode);
        return Response.ok(ReportCsv.write(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sim-swap-requests-by-" + report.groupBy().name().toLowerCase() + ".csv\"")
                .build();
    }

    private SimSwapReport run(String from, String to, String groupBy, String provinceCode) {
        Instant start = QueryValues.instant("from", from);
        Instant end = QueryValues.instant("to", to);
        if (!end.isAfter(start)) {
            throw new InvalidInput("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new InvalidInput("to", "the period may span at most 366 days");
        }
        AreaGrouping grouping = QueryValues.enumValue(AreaGrouping.class, "groupBy", groupBy == null ? "PROVINCE" : groupBy);
        return query.run(start, end, grouping, provinceCode);
    }
}
