package vn.mobifone.care.outboundcampaign.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.mobifone.care.outboundcampaign.campaign.Campaigns;
import vn.mobifone.care.outboundcampaign.lead.CallOutcome;
import vn.mobifone.care.outboundcampaign.script.ScriptContent;

/** The reports, computed by the database from the attempts, leads and tasks of a campaign. */
@ApplicationScoped
public class CampaignReports {

    static final String REACHED = "('CALLBACK', 'NOT_INTERESTED', 'DO_NOT_CALL', 'AGREED')";
    private static final String PRESENTED = "('OFFERED', 'ACCEPTED', 'REFUSED')";

    private final AgroalDataSource dataSource;
    private final Campaigns campaigns;

    public CampaignReports(AgroalDataSource dataSource, Campaigns campaigns) {
        this.dataSource = dataSource;
        this.campaigns = campaigns;
    }

    public CampaignReport campaign(UUID id) {
        campaigns.get(id);
        try (Connection c = dataSource.getConnection()) {
            long[] leads = longs(c, """
                    SELECT count(*), count(*) FILTER (WHERE attempts > 0),
                           (SELECT count(*) FROM call_attempt a WHERE a.campaign_id = ?),
                           (SELECT count(DISTINCT a.lead_id) FROM call_attempt a WHERE a.campaign_id = ? AND a.outcome IN %s),
                           (SELECT count(*) FROM call_attempt a WHERE a.campaign_id = ? AND a.name_given IS NOT NULL),
                           (SELECT count(*) FROM call_attempt a JOIN subscriber s ON s.msisdn = a.msisdn
                             WHERE a.campaign_id = ? AND a.outcome = 'NOT_INTERESTED' AND s.mnp_out),
                           (SELECT count(*) FROM call_attempt a WHERE a.campaign_id = ? AND a.outcome = 'AGREED'
                             AND a.script -> 'b3' ->> 'status' = 'ACCEPTED')
                    FROM lead WHERE campaign_id = ?""".formatted(REACHED), id, id, id, id, id, id);
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (CallOutcome o : CallOutcome.values()) {
                outcomes.put(o.name(), 0L);
            }
            outcomes.putAll(counts(c, "SELECT outcome, count(*) FROM call_attempt WHERE campaign_id = ? GROUP BY outcome ORDER BY outcome", id));
            List<CampaignReport.ReasonCount> reasons = new ArrayList<>();
            counts(c, "SELECT reason, count(*) FROM call_attempt WHERE campaign_id = ? AND outcome = 'NOT_INTERESTED'"
                    + " GROUP BY reason ORDER BY count(*) DESC, reason", id).forEach((r, n) -> reasons.add(new CampaignReport.ReasonCount(r, n)));
            Map<String, Long> gifts = counts(c, "SELECT kind, count(*) FROM fulfilment_task WHERE campaign_id = ?"
                    + " AND kind IN ('E_POLICY', 'HOME_DELIVERY', 'STORE_PICKUP') GROUP BY kind ORDER BY kind", id);
            Map<String, Long> contents = new LinkedHashMap<>();
            for (ScriptContent content : ScriptContent.values()) {
                String key = content.name().toLowerCase();
                contents.put(content.name(), longs(c, "SELECT count(*) FROM call_attempt WHERE campaign_id = ? AND outcome = 'AGREED'"
                        + " AND script -> '" + key + "' ->> 'status' IN " + PRESENTED, id)[0]);
            }
            long agreed = outcomes.getOrDefault("AGREED", 0L);
            return new CampaignReport(id, leads[0], leads[1], leads[2], leads[3], leads[1] == 0 ? 0 : (double) leads[3] / leads[1], leads[4],
                    outcomes, reasons, leads[5], gifts, leads[6], agreed, contents);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<CampaignReport.AgentLine> agents(UUID id) {
        campaigns.get(id);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT agent_id, count(*), count(DISTINCT lead_id) FILTER (WHERE outcome IN %s), count(DISTINCT lead_id),
                       count(*) FILTER (WHERE outcome = 'AGREED'), count(*) FILTER (WHERE outcome = 'NOT_INTERESTED'),
                       count(*) FILTER (WHERE outcome = 'CALLBACK'), count(*) FILTER (WHERE outcome IN ('BUSY', 'NO_ANSWER')),
                       count(*) FILTER (WHERE outcome = 'DO_NOT_CALL'),
                       count(*) FILTER (WHERE outcome = 'AGREED' AND script -> 'b3' ->> 'status' = 'ACCEPTED')
                FROM call_attempt WHERE campaign_id = ? GROUP BY agent_id ORDER BY agent_id""".formatted(REACHED))) {
            s.setObject(1, id);
            List<CampaignReport.AgentLine> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long dialled = rs.getLong(4);
                    out.add(new CampaignReport.AgentLine(rs.getString(1), rs.getLong(2), rs.getLong(3),
                            dialled == 0 ? 0 : (double) rs.getLong(3) / dialled, rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                            rs.getLong(9), rs.getLong(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<CampaignReport.MnpOutLine> mnpOut(UUID id) {
        campaigns.get(id);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT a.msisdn, a.agent_id, a.reason, COALESCE(s.mnp_out, FALSE), a.recorded_at
                FROM call_attempt a LEFT JOIN subscriber s ON s.msisdn = a.msisdn
                WHERE a.campaign_id = ? AND a.outcome = 'NOT_INTERESTED' ORDER BY a.recorded_at, a.msisdn""")) {
            s.setObject(1, id);
            List<CampaignReport.MnpOutLine> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new CampaignReport.MnpOutLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] longs(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long[] out = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = rs.getLong(i + 1);
                }
                return out;
            }
        }
    }

    private static Map<String, Long> counts(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            Map<String, Long> out = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        }
    }
}
