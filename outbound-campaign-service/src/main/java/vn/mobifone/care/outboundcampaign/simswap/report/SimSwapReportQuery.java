package vn.mobifone.care.outboundcampaign.simswap.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** One grouped scan of the requests of the period; the area names come from the area tree. */
@ApplicationScoped
public class SimSwapReportQuery {

    private final EntityManager em;

    public SimSwapReportQuery(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public SimSwapReport run(Instant from, Instant to, AreaGrouping groupBy, String provinceCode) {
        // The column comes from the enum, never from the caller's text.
        Query query = em.createNativeQuery("""
                SELECT g.area_code, a.name, g.province_code,
                       count(*),
                       count(*) FILTER (WHERE g.status = 'OPEN'),
                       count(*) FILTER (WHERE g.status = 'SERVED_AT_HOME'),
                       count(*) FILTER (WHERE g.status = 'SERVED_AT_STORE'),
                       count(*) FILTER (WHERE g.status = 'UNREACHABLE'),
                       count(*) FILTER (WHERE g.status = 'REFUSED'),
                       count(*) FILTER (WHERE g.authority_name IS NOT NULL)
                FROM (SELECT r.%s AS area_code, r.province_code, r.status, r.authority_name
                      FROM sim_swap_request r
                      WHERE r.received_at >= :from AND r.received_at < :to
                        AND (CAST(:province AS VARCHAR) IS NULL OR r.province_code = :province)) g
                LEFT JOIN sim_swap_area a ON a.code = g.area_code
                GROUP BY g.area_code, a.name, g.province_code
                ORDER BY g.province_code, g.area_code NULLS LAST""".formatted(groupBy.column))
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .setParameter("province", provinceCode);
        List<SimSwapReport.Row> rows = ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new SimSwapReport.Row((String) r[0], (String) r[1], (String) r[2], new SimSwapReport.Counts(
                        count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8]), count(r[9]))))
                .toList();
        SimSwapReport.Counts totals = rows.stream().map(SimSwapReport.Row::counts)
                .reduce(new SimSwapReport.Counts(0, 0, 0, 0, 0, 0, 0), SimSwapReport.Counts::plus);
        return new SimSwapReport(from, to, groupBy, provinceCode, rows, totals);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
