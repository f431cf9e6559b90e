package vn.mobifone.care.subscriberlookup.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/**
 * The questions supervisors and the security team ask of the journal: by agent, partner,
 * subscriber and period, the reads made without a call, and the agents reading far more than
 * their peers. A supervisor's questions are confined to the partner that employs them.
 */
@ApplicationScoped
public class AccessReports {

    /** One journal line with the partner of the person who made it (none for a system). */
    public record ReportLine(long id, Instant accessedAt, String subject, String partnerId, String role, Msisdn msisdn, String callId,
            String purpose, AccessView view, String service, String outcome, String detail) {
    }

    public record Filter(String agent, String partner, Msisdn msisdn, TimeRange range, boolean withoutCallId, String outcome) {
    }

    /** An agent's reads in the period, their busiest hour, and whether it stands far above their peers'. */
    public record AgentRate(String agentId, String partnerId, long reads, long peakPerHour, Instant peakHour, boolean flagged) {
    }

    public record Outliers(Instant from, Instant to, int agentsCompared, double medianPeakPerHour, long threshold, String rule,
            List<AgentRate> agents) {
    }

    private static final String LINE_COLUMNS = "a.id, a.accessed_at, a.subject, ag.partner_id, a.role, a.msisdn, a.call_id, a.purpose,"
            + " a.access_view, a.service, a.outcome, a.detail";

    private final EntityManager em;

    public AccessReports(EntityManager em) {
        this.em = em;
    }

    public Page<ReportLine> accesses(Filter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        Query select = em.createNativeQuery("SELECT " + LINE_COLUMNS + " FROM personal_data_access a LEFT JOIN agent ag ON ag.id = a.subject"
                + where + " ORDER BY a.accessed_at DESC, a.id DESC");
        Query count = em.createNativeQuery("SELECT count(*) FROM personal_data_access a LEFT JOIN agent ag ON ag.id = a.subject" + where);
        parameters.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return Page.of(rows.stream().map(AccessReports::line).toList(), page, ((Number) count.getSingleResult()).longValue());
    }

    /** The lines of one person in [from, to), oldest first: what a partner is liable for. */
    public List<ReportLine> ofSubject(String subject, Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT " + LINE_COLUMNS + " FROM personal_data_access a LEFT JOIN agent ag ON ag.id = a.subject"
                        + " WHERE a.subject = :subject AND a.accessed_at >= :from" + (to != null ? " AND a.accessed_at < :to" : "")
                        + " ORDER BY a.accessed_at, a.id")
                .setParameter("subject", subject).setParameter("from", utc(from));
        if (to != null) {
            query.setParameter("to", utc(to));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(AccessReports::line).toList();
    }

    public Outliers outliers(TimeRange range, Optional<String> partner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH hourly AS (
                    SELECT a.subject, ag.partner_id, date_trunc('hour', a.accessed_at) AS hour, count(*) AS reads
                    FROM personal_data_access a JOIN agent ag ON ag.id = a.subject
                    WHERE ag.role = 'AGENT' AND a.outcome = 'READ' AND a.accessed_at >= :from AND a.accessed_at < :to
                      AND (CAST(:partner AS varchar) IS NULL OR ag.partner_id = CAST(:partner AS varchar))
                    GROUP BY a.subject, ag.partner_id, date_trunc('hour', a.accessed_at))
                SELECT subject, partner_id, sum(reads), max(reads), (array_agg(hour ORDER BY reads DESC, hour))[1]
                FROM hourly GROUP BY subject, partner_id ORDER BY max(reads) DESC, subject""")
                .setParameter("from", utc(range.from())).setParameter("to", utc(range.to())).setParameter("partner", partner.orElse(null))
                .getResultList();
        List<Long> peaks = rows.stream().map(r -> ((Number) r[3]).longValue()).toList();
        double median = ReadRateThreshold.median(peaks);
        long threshold = ReadRateThreshold.threshold(median);
        List<AgentRate> agents = new ArrayList<>();
        for (Object[] r : rows) {
            long peak = ((Number) r[3]).longValue();
            agents.add(new AgentRate((String) r[0], (String) r[1], ((Number) r[2]).longValue(), peak, instant(r[4]),
                    ReadRateThreshold.flagged(peak, threshold)));
        }
        return new Outliers(range.from(), range.to(), agents.size(), median, threshold, "flagged when the busiest hour holds at least "
                + ReadRateThreshold.TIMES_MEDIAN + " times the median busiest hour of the agents compared, and at least "
                + ReadRateThreshold.FLOOR + " reads", agents);
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.agent() != null) {
            where.append(" AND a.subject = :agent");
            parameters.put("agent", filter.agent());
        }
        if (filter.partner() != null) {
            where.append(" AND ag.partner_id = :partner");
            parameters.put("partner", filter.partner());
        }
        if (filter.msisdn() != null) {
            where.append(" AND a.msisdn = :msisdn");
            parameters.put("msisdn", filter.msisdn().value());
        }
        if (filter.range().from() != null) {
            where.append(" AND a.accessed_at >= :from");
            parameters.put("from", utc(filter.range().from()));
        }
        if (filter.range().to() != null) {
            where.append(" AND a.accessed_at < :to");
            parameters.put("to", utc(filter.range().to()));
        }
        if (filter.withoutCallId()) {
            where.append(" AND a.call_id IS NULL");
        }
        if (filter.outcome() != null) {
            where.append(" AND a.outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        return where.toString();
    }

    private static ReportLine line(Object[] r) {
        return new ReportLine(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4], new Msisdn((String) r[5]),
                (String) r[6], (String) r[7], AccessView.valueOf((String) r[8]), (String) r[9], (String) r[10], (String) r[11]);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + value);
    }
}
