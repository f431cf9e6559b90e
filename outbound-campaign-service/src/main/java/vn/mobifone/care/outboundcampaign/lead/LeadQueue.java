package vn.mobifone.care.outboundcampaign.lead;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.mobifone.care.outboundcampaign.campaign.Campaign;
import vn.mobifone.care.outboundcampaign.campaign.Campaigns;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/**
 * Hands each agent the next lead, locked to them. The lead is claimed with {@code FOR UPDATE SKIP
 * LOCKED} in the transaction that leases it, so two agents (on one service instance or on two) never
 * get the same lead and never wait for each other. What could have changed since the lead was queued
 * is checked now, at dial time: the DNC list, the calling window in the customer's local time, and
 * whether the customer was already reached in this campaign; a lead failing a check leaves the queue.
 */
@ApplicationScoped
public class LeadQueue {

    static final String LEAD_COLUMNS = "l.id, l.campaign_id, l.msisdn, l.state, l.attempts, l.leased_by, l.lease_until, l.callback_at, l.callback_agent";

    /** Candidates in the order they are owed a call: the agent's own due callbacks, anyone's, abandoned leases, then the queue. */
    private static final List<String> CANDIDATES = List.of(
            "SELECT l.id FROM lead l WHERE l.campaign_id = ? AND l.state = 'QUEUED' AND l.callback_at IS NOT NULL AND l.callback_at <= ?"
                    + " AND l.callback_agent = ? ORDER BY l.callback_at LIMIT 1 FOR UPDATE SKIP LOCKED",
            "SELECT l.id FROM lead l WHERE l.campaign_id = ? AND l.state = 'QUEUED' AND l.callback_at IS NOT NULL AND l.callback_at <= ?"
                    + " AND l.callback_agent IS NULL AND ?::text IS NOT NULL ORDER BY l.callback_at LIMIT 1 FOR UPDATE SKIP LOCKED",
            "SELECT l.id FROM lead l WHERE l.campaign_id = ? AND l.state = 'LEASED' AND l.lease_until <= ? AND ?::text IS NOT NULL"
                    + " ORDER BY l.lease_until LIMIT 1 FOR UPDATE SKIP LOCKED",
            "SELECT l.id FROM lead l WHERE l.campaign_id = ? AND l.state = 'QUEUED' AND l.callback_at IS NULL AND l.next_attempt_at <= ?"
                    + " AND ?::text IS NOT NULL ORDER BY l.at_risk DESC, l.arpu_vnd DESC, l.msisdn LIMIT 1 FOR UPDATE SKIP LOCKED");

    private static final String FINAL_OUTCOMES = "('AGREED', 'NOT_INTERESTED', 'DO_NOT_CALL')";
    /** A run of leads failing their dial-time checks is cut short so that one request stays short; the agent asks again. */
    private static final int MAX_SKIPS = 200;

    private final LocalTransaction transaction;
    private final AgroalDataSource dataSource;
    private final Campaigns campaigns;
    private final Clock clock;

    public LeadQueue(LocalTransaction transaction, AgroalDataSource dataSource, Campaigns campaigns, Clock clock) {
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** @return the lead now leased to the agent, or empty when none is due */
    public Optional<LeadView> next(UUID campaignId, String agent) {
        Campaign campaign = campaigns.get(campaignId);
        Instant now = clock.instant();
        if (!campaign.runsOn(now.atZone(Campaign.CUSTOMER_ZONE).toLocalDate())) {
            throw new BusinessRuleViolation("campaign-not-running", "The campaign runs from " + campaign.startsOn() + " to " + campaign.endsOn());
        }
        if (!campaign.mayCallAt(now)) {
            throw new BusinessRuleViolation("outside-calling-window", "Customers are called between " + campaign.windowStart() + " and "
                    + campaign.windowEnd() + " their local time");
        }
        Optional<Long> leased = transaction.run(c -> {
            try {
                Optional<Long> held = held(c, campaignId, agent, now);
                if (held.isPresent()) {
                    return held;
                }
                for (int skips = 0; skips < MAX_SKIPS; skips++) {
                    Optional<Long> candidate = candidate(c, campaignId, agent, now);
                    if (candidate.isEmpty()) {
                        return candidate;
                    }
                    String refusal = dialTimeCheck(c, candidate.get());
                    if (refusal == null) {
                        lease(c, candidate.get(), agent, now.plus(Duration.ofMinutes(campaign.dialling().leaseMinutes())));
                        return candidate;
                    }
                    skip(c, candidate.get(), refusal);
                }
                return Optional.<Long>empty();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return leased.map(id -> view(campaignId, id));
    }

    /** Asking again while a lease is live answers the same lead: a retried request does not take a second one. */
    private static Optional<Long> held(Connection c, UUID campaignId, String agent, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM lead WHERE campaign_id = ? AND state = 'LEASED' AND leased_by = ? AND lease_until > ? LIMIT 1")) {
            s.setObject(1, campaignId);
            s.setString(2, agent);
            s.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Optional<Long> candidate(Connection c, UUID campaignId, String agent, Instant now) throws SQLException {
        for (String sql : CANDIDATES) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, campaignId);
                s.setTimestamp(2, Timestamp.from(now));
                s.setString(3, agent);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(rs.getLong(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** @return why the lead may not be dialled now, or null */
    private static String dialTimeCheck(Connection c, long leadId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM dnc_entry d WHERE d.msisdn = l.msisdn),
                       EXISTS (SELECT 1 FROM call_attempt a WHERE a.campaign_id = l.campaign_id AND a.msisdn = l.msisdn
                               AND a.outcome IN %s)
                FROM lead l WHERE l.id = ?""".formatted(FINAL_OUTCOMES))) {
            s.setLong(1, leadId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1) ? "dnc" : rs.getBoolean(2) ? "already-reached" : null;
            }
        }
    }

    private static void lease(Connection c, long leadId, String agent, Instant until) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE lead SET state = 'LEASED', leased_by = ?, lease_until = ? WHERE id = ?")) {
            s.setString(1, agent);
            s.setTimestamp(2, Timestamp.from(until));
            s.setLong(3, leadId);
            s.executeUpdate();
        }
    }

    private static void skip(Connection c, long leadId, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE lead SET state = 'SKIPPED', skip_reason = ?, leased_by = NULL, lease_until = NULL WHERE id = ?")) {
            s.setString(1, reason);
            s.setLong(2, leadId);
            s.executeUpdate();
        }
    }

    public LeadView view(UUID campaignId, long leadId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + LEAD_COLUMNS + """
                , l.arpu_vnd, l.at_risk, s.owner_name, s.payment_type, s.device_type, s.app_installed, s.loyalty_points, s.kndl_tier,
                  s.kndl_member, s.joined_points_2022, s.current_package, s.main_balance_vnd, s.identity_state, s.mvas_unused_2m,
                  l.province, l.district, l.ward
                FROM lead l LEFT JOIN subscriber s ON s.msisdn = l.msisdn WHERE l.id = ? AND l.campaign_id = ?""")) {
            s.setLong(1, leadId);
            s.setObject(2, campaignId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFound("lead", leadId);
                }
                Array mvas = rs.getArray(23);
                LeadView.Customer customer = new LeadView.Customer(rs.getString(12), rs.getString(13), rs.getString(14), rs.getBoolean(15),
                        rs.getLong(10), rs.getBoolean(11), rs.getLong(16), rs.getString(17), rs.getBoolean(18), rs.getBoolean(19),
                        rs.getString(20), rs.getLong(21), rs.getString(22), mvas == null ? List.of() : List.of((String[]) mvas.getArray()),
                        rs.getString(24), rs.getString(25), rs.getString(26));
                return new LeadView(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9), customer);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
