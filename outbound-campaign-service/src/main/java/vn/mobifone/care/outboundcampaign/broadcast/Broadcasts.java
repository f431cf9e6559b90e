package vn.mobifone.care.outboundcampaign.broadcast;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.outboundcampaign.CampaignConfig;
import vn.mobifone.care.outboundcampaign.campaign.Campaign;
import vn.mobifone.care.outboundcampaign.campaign.CampaignRows;
import vn.mobifone.care.outboundcampaign.campaign.Campaigns;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.work.JobRunner;

/**
 * Sends a campaign's message to every lead through the gateway's {@code sms-requested} topic, in
 * batches: each batch claims its recipients ({@code INSERT … ON CONFLICT DO NOTHING RETURNING})
 * and writes their commands to the outbox in one transaction. A recipient is claimed once per
 * broadcast, and each command carries the idempotency key {@code broadcast:<id>:<msisdn>}, so a
 * re-run (or a resend by the relay) sends nothing twice. Messages are advertising: scheduled at
 * the start of the advertising window of their day, valid until its end, and the gateway holds
 * them to its own window and caps as well.
 */
@ApplicationScoped
public class Broadcasts {

    private static final Logger LOG = Logger.getLogger(Broadcasts.class);
    private static final String VIEW = "SELECT id, campaign_id, template_id, channel, send_on, scheduled_at, state, recipients, requested, error,"
            + " created_at, finished_at FROM broadcast";

    private final AgroalDataSource dataSource;
    private final LocalTransaction transaction;
    private final Outbox outbox;
    private final Campaigns campaigns;
    private final CampaignConfig config;
    private final Clock clock;
    private final JobRunner runner = new JobRunner("broadcast");

    public Broadcasts(AgroalDataSource dataSource, LocalTransaction transaction, Outbox outbox, Campaigns campaigns, CampaignConfig config,
            Clock clock) {
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.outbox = outbox;
        this.campaigns = campaigns;
        this.config = config;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        runner.close();
    }

    /** Starts the broadcast, or runs it again (the same template and day of the campaign) for whom it has not reached yet. */
    public BroadcastView start(UUID campaignId, BroadcastRequest r, String by) {
        Campaign campaign = campaigns.get(campaignId);
        if (!campaign.runsOn(r.sendOn())) {
            throw new BusinessRuleViolation("outside-campaign", "The campaign runs from " + campaign.startsOn() + " to " + campaign.endsOn());
        }
        Instant scheduledAt = r.sendOn().atTime(config.broadcast().windowStart()).atZone(Campaign.CUSTOMER_ZONE).toInstant();
        Instant windowEnd = r.sendOn().atTime(config.broadcast().windowEnd()).atZone(Campaign.CUSTOMER_ZONE).toInstant();
        if (!clock.instant().isBefore(windowEnd)) {
            throw new BusinessRuleViolation("advertising-window-passed", "The advertising window of " + r.sendOn() + " is over");
        }
        UUID id;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO broadcast (id, campaign_id, template_id, channel, send_on, scheduled_at, state, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)
                ON CONFLICT (campaign_id, template_id, send_on) DO UPDATE SET state = 'RUNNING', error = NULL, finished_at = NULL
                    WHERE broadcast.state <> 'RUNNING'
                RETURNING id""")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, campaignId);
            s.setString(3, r.templateId());
            s.setString(4, r.channel());
            s.setObject(5, r.sendOn());
            s.setTimestamp(6, Timestamp.from(scheduledAt));
            s.setString(7, by);
            s.setTimestamp(8, Timestamp.from(clock.instant()));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new vn.mobifone.care.platform.problem.ResourceConflict("broadcast-running", "This broadcast is still running");
                }
                id = rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int validity = (int) Duration.between(scheduledAt, windowEnd).toMinutes();
        UUID broadcastId = id;
        runner.submit(() -> run(broadcastId, campaignId, r, scheduledAt, validity));
        return view(campaignId, id);
    }

    public BroadcastView view(UUID campaignId, UUID id) {
        return CampaignRows.one(dataSource, VIEW, "broadcast", campaignId, id, rs -> new BroadcastView(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), CampaignRows.instant(rs.getTimestamp(12))));
    }

    private void run(UUID id, UUID campaignId, BroadcastRequest r, Instant scheduledAt, int validityMinutes) {
        try {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE broadcast SET recipients = (SELECT count(*) FROM lead WHERE campaign_id = ?) WHERE id = ?")) {
                s.setObject(1, campaignId);
                s.setObject(2, id);
                s.executeUpdate();
            }
            int batch = config.broadcast().batchSize();
            long lastLead = 0;
            while (true) {
                long from = lastLead;
                long[] next = transaction.run(c -> sendBatch(c, id, campaignId, r, scheduledAt, validityMinutes, from, batch));
                if (next[0] == 0) {
                    break;
                }
                lastLead = next[1];
            }
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE broadcast SET state = 'DONE', finished_at = ? WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(clock.instant()));
                s.setObject(2, id);
                s.executeUpdate();
            }
            LOG.infof("Broadcast %s of campaign %s done", id, campaignId);
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Broadcast %s failed", id);
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE broadcast SET state = 'FAILED', error = ?, finished_at = ? WHERE id = ?")) {
                s.setString(1, e.getMessage());
                s.setTimestamp(2, Timestamp.from(clock.instant()));
                s.setObject(3, id);
                s.executeUpdate();
            } catch (SQLException ignored) {
                LOG.errorf(ignored, "Broadcast %s: the failure could not be recorded", id);
            }
        }
    }

    /** @return the leads looked at in this batch and the last lead id */
    private long[] sendBatch(Connection c, UUID id, UUID campaignId, BroadcastRequest r, Instant scheduledAt, int validityMinutes, long afterLead,
            int batch) {
        try (PreparedStatement s = c.prepareStatement("""
                WITH page AS (
                    SELECT l.id, l.msisdn FROM lead l WHERE l.campaign_id = ? AND l.id > ? ORDER BY l.id LIMIT ?),
                claimed AS (
                    INSERT INTO broadcast_recipient (broadcast_id, msisdn) SELECT ?, msisdn FROM page
                    ON CONFLICT DO NOTHING RETURNING msisdn)
                SELECT p.id, cl.msisdn, s.owner_name, s.loyalty_points
                FROM page p LEFT JOIN claimed cl ON cl.msisdn = p.msisdn LEFT JOIN subscriber s ON s.msisdn = p.msisdn
                ORDER BY p.id""")) {
            s.setObject(1, campaignId);
            s.setLong(2, afterLead);
            s.setInt(3, batch);
            s.setObject(4, id);
            long seen = 0;
            long last = afterLead;
            List<SmsRequested> commands = new ArrayList<>();
            Instant now = clock.instant();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    seen++;
                    last = rs.getLong(1);
                    String msisdn = rs.getString(2);
                    if (msisdn == null) {
                        continue;
                    }
                    Map<String, String> parameters = Map.of("msisdn", msisdn, "name", rs.getString(3) == null ? "" : rs.getString(3),
                            "points", Long.toString(rs.getLong(4)));
                    commands.add(new SmsRequested(UUID.randomUUID(), now, SmsRequested.VERSION, "broadcast:" + id + ":" + msisdn, msisdn,
                            r.templateId(), parameters, r.channel(), campaignId.toString(), "ADVERTISING", null, scheduledAt, validityMinutes));
                }
            }
            outbox.publishAll(c, Topics.SMS_REQUESTED, commands);
            try (PreparedStatement u = c.prepareStatement("UPDATE broadcast SET requested = requested + ? WHERE id = ?")) {
                u.setLong(1, commands.size());
                u.setObject(2, id);
                u.executeUpdate();
            }
            return new long[] {seen, last};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
