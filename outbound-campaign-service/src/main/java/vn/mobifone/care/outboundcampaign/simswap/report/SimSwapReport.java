package vn.mobifone.care.outboundcampaign.simswap.report;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The requests received in [from, to) counted by area and where they stand. A request whose
 * address stops above the grouping level (no ward given, say) counts on a row without an area code.
 */
public record SimSwapReport(Instant from, Instant to, AreaGrouping groupBy, String provinceCode, List<Row> rows, Counts totals) {

    @Schema(name = "SimSwapReportRow")
    public record Row(String areaCode, String areaName, String provinceCode, Counts counts) {
    }

    /** {@code localAuthority}: routed through a quarantined area's authority (whatever their outcome). */
    @Schema(name = "SimSwapReportCounts")
    public record Counts(long total, long open, long servedAtHome, long servedAtStore, long unreachable, long refused,
            long localAuthority) {

        Counts plus(Counts o) {
            return new Counts(total + o.total, open + o.open, servedAtHome + o.servedAtHome, servedAtStore + o.servedAtStore,
                    unreachable + o.unreachable, refused + o.refused, localAuthority + o.localAuthority);
        }
    }
}
