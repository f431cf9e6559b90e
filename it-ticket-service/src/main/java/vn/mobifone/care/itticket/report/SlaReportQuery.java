package vn.mobifone.care.itticket.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ticket counts as met when it was resolved without its total clock breaching, as breached when
 * its total clock breached (resolved or not); resolution time is wall time from receipt.
 */
@ApplicationScoped
public class SlaReportQuery {

    private static final String SQL = """
            SELECT %1$s AS grp,
                   count(*) AS received,
                   count(t.resolved_at) AS resolved,
                   count(*) FILTER (WHERE t.resolved_at IS NOT NULL AND c.breached_at IS NULL) AS met,
                   count(c.breached_at) AS breached,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.received_at)) AS p50,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.received_at)) AS p90
            FROM ticket t
            LEFT JOIN sla_clock c ON c.ticket_id = t.id AND c.stage = 'TOTAL'
            WHERE t.received_at >= :from AND t.received_at < :to
            GROUP BY ROLLUP (%1$s)
            ORDER BY grp NULLS LAST""";

    private final EntityManager em;

    public SlaReportQuery(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaReport run(Instant from, Instant to, ReportGrouping grouping) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL.formatted(grouping.column()))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<SlaReport.Row> groups = new ArrayList<>();
        SlaReport.Row total = row("all", new Object[] {null, 0L, 0L, 0L, 0L, null, null});
        for (Object[] r : rows) {
            if (r[0] == null) {
                total = row("all", r);
            } else {
                groups.add(row(r[0].toString(), r));
            }
        }
        return new SlaReport(from, to, grouping.name().toLowerCase(Locale.ROOT), groups, total);
    }

    private static SlaReport.Row row(String group, Object[] r) {
        long met = ((Number) r[3]).longValue();
        long breached = ((Number) r[4]).longValue();
        Double successRate = met + breached == 0 ? null : (double) met / (met + breached);
        return new SlaReport.Row(group, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), met, breached,
                successRate, seconds(r[5]), seconds(r[6]));
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
