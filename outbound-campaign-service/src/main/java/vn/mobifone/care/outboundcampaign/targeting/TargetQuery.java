package vn.mobifone.care.outboundcampaign.targeting;

import java.util.ArrayList;
import java.util.List;
import vn.mobifone.care.outboundcampaign.campaign.TargetingRules;

/**
 * A campaign's targeting rules as one {@code INSERT … SELECT} over a range of the projection:
 * the database selects and writes the leads, nothing passes through the service. Leads already
 * in the campaign are kept as they are, so a re-run only adds what is new.
 */
final class TargetQuery {

    /** The statement and its parameters after the four fixed ones (campaign, risk threshold, queue time, range). */
    record Statement(String sql, List<Object> parameters) {
    }

    private TargetQuery() {
    }

    static Statement of(TargetingRules rules) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (rules.twoWayActive() != null) {
            where.append(" AND s.two_way_active = ?");
            parameters.add(rules.twoWayActive());
        }
        if (rules.minVlrDaysLast7() != null) {
            where.append(" AND s.vlr_days_last7 >= ?");
            parameters.add(rules.minVlrDaysLast7());
        }
        if (rules.minArpuVnd() != null) {
            where.append(" AND s.arpu_vnd >= ?");
            parameters.add(rules.minArpuVnd());
        }
        if (rules.sim4g() != null) {
            where.append(" AND s.sim_4g = ?");
            parameters.add(rules.sim4g());
        }
        if (rules.provinces() != null && !rules.provinces().isEmpty()) {
            where.append(" AND s.province = ANY (?)");
            parameters.add(rules.provinces().toArray(String[]::new));
        }
        if (!rules.exclusionLists().isEmpty()) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM exclusion_entry e WHERE e.msisdn = s.msisdn AND e.list_name = ANY (?))");
            parameters.add(rules.exclusionLists().toArray(String[]::new));
        }
        // A subscriber asking to port out is at risk of leaving, whatever the churn score says.
        String sql = """
                INSERT INTO lead (campaign_id, msisdn, arpu_vnd, at_risk, province, district, ward, state, next_attempt_at)
                SELECT ?, s.msisdn, s.arpu_vnd, (s.churn_risk >= ? OR s.mnp_out), s.province, s.district, s.ward, 'QUEUED', ?
                FROM subscriber s
                WHERE s.msisdn > ? AND s.msisdn <= ?
                  AND NOT EXISTS (SELECT 1 FROM dnc_entry d WHERE d.msisdn = s.msisdn)%s
                ON CONFLICT (campaign_id, msisdn) DO NOTHING
                """.formatted(where);
        return new Statement(sql, parameters);
    }
}
