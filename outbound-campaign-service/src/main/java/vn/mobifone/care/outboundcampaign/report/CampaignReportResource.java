package vn.mobifone.care.outboundcampaign.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.platform.security.Roles;

@Path("/campaigns/{id}")
@Tag(name = "Reports", description = "Per campaign and per agent, with CSV export for the regional companies")
public class CampaignReportResource {

    private static final String CSV = "text/csv";
    private static final String PROBLEM = "application/problem+json";

    private final CampaignReports reports;

    public CampaignReportResource(CampaignReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/report")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "campaignReport", summary = "Leads, attempts, reached, contact rate, outcomes, refusal reasons, gifts, packages, B2-B5 offered")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = CampaignReport.class)))
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CampaignReport campaign(@PathParam("id") UUID id) {
        return reports.campaign(id);
    }

    @GET
    @Path("/report.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "campaignReportCsv", summary = "The campaign report as metric,value lines")
    public String campaignCsv(@PathParam("id") UUID id) {
        return ReportCsv.campaign(reports.campaign(id));
    }

    @GET
    @Path("/report/agents")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "agentReport", summary = "Per agent: attempts, leads reached, contact rate, outcomes, packages converted")
    public List<CampaignReport.AgentLine> agents(@PathParam("id") UUID id) {
        return reports.agents(id);
    }

    @GET
    @Path("/report/agents.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "agentReportCsv", summary = "The agent report as CSV")
    public String agentsCsv(@PathParam("id") UUID id) {
        return ReportCsv.agents(reports.agents(id));
    }

    @GET
    @Path("/report/mnp-out")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "mnpOutReport", summary = "Customers not interested, with their reason and whether they are porting out")
    public List<CampaignReport.MnpOutLine> mnpOut(@PathParam("id") UUID id) {
        return reports.mnpOut(id);
    }

    @GET
    @Path("/report/mnp-out.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(operationId = "mnpOutReportCsv", summary = "The MNP-out report as CSV")
    public String mnpOutCsv(@PathParam("id") UUID id) {
        return ReportCsv.mnpOut(reports.mnpOut(id));
    }
}
