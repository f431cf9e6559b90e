package vn.mobifone.care.itticket.report;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * SLA outcome of the tickets received in [from, to). Success rate as Jira Service Management
 * defines it: met / (met + breached), on the total clock; null when nothing was met or breached yet.
 */
public record SlaReport(Instant from, Instant to, @Schema(description = "The dimension the groups are cut by", enumeration = {"level", "tier", "type", "service"}) String groupBy, List<Row> groups, Row total) {

    public record Row(
            String group,
            long received,
            long resolved,
            long met,
            long breached,
            Double successRate,
            Long p50ResolutionSeconds,
            Long p90ResolutionSeconds) {
    }
}
