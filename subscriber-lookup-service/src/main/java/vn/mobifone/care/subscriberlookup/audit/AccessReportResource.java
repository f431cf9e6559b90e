package vn.mobifone.care.subscriberlookup.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;
import vn.mobifone.care.subscriberlookup.agents.AgentRequests;
import vn.mobifone.care.subscriberlookup.agents.PartnerScope;

@Path("/access-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data audit")
public class AccessReportResource {

    private final AccessReports reports;
    private final PartnerScope scope;

    public AccessReportResource(AccessReports reports, PartnerScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @GET
    @Path("/accesses")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(operationId = "accessReport", summary = "Reads of personal data in the whole suite by agent, partner, subscriber and period, newest first",
            description = "withoutCallId=true keeps the reads made without a call; outcome=REFUSED the attempts of accounts no longer active. "
                    + "A supervisor sees the people of their own partner only (403 other-partner for another).")
    public Page<AccessReports.ReportLine> accesses(@QueryParam("agent") @Pattern(regexp = AgentRequests.AGENT_ID) String agent,
            @QueryParam("partner") @Pattern(regexp = AgentRequests.PARTNER_ID) String partner,
            @QueryParam("msisdn") Msisdn msisdn,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("withoutCallId") boolean withoutCallId,
            @QueryParam("outcome") @Pattern(regexp = "READ|REFUSED") String outcome,
            @BeanParam @Valid PageRequest page) {
        String partnerId = confined(partner);
        return reports.accesses(new AccessReports.Filter(agent, partnerId, msisdn, TimeRange.of(from, to), withoutCallId, outcome), page);
    }

    @GET
    @Path("/outliers")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(operationId = "readRateOutliers", summary = "Agents whose reads per hour stand far above their peers' in [from, to), flagged for review",
            description = "Flagged when the agent's busiest hour holds at least 3 times the median busiest hour of the agents compared "
                    + "(a supervisor: their partner's agents; the admin: everyone's), and at least 20 reads.")
    public AccessReports.Outliers outliers(
            @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to) {
        TimeRange range = TimeRange.closed(from, to);
        return reports.outliers(range, scope.restriction());
    }

    /** A supervisor's report is always of their own partner. */
    private String confined(String partner) {
        if (partner != null) {
            scope.requirePartner(partner);
            return partner;
        }
        Optional<String> own = scope.restriction();
        return own.orElse(null);
    }
}
