package vn.mobifone.care.smsgateway.delivery;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;
import vn.mobifone.care.smsgateway.message.MessageEvents;
import vn.mobifone.care.smsgateway.message.MessageStatus;

/**
 * The delivery state in PostgreSQL, written set-wise so that thousands of messages a second cost
 * a few statements per batch. A receipt is stored before its part may be known (the SMSC can be
 * faster than our own bookkeeping) and joined to the part from whichever side arrives second:
 * only to an open part of the same SMSC account submitted before the receipt came, because SMSC
 * ids repeat (docs/sms-gateway.md, "SMSC message ids").
 */
@ApplicationScoped
public class DeliveryLedger {

    public static final String EXPIRED_REASON = "validity-elapsed";
    public static final String WINDOW_REASON = "advertising-window";
    /** A part whose receipt did not come within the receipt validity. */
    public static final String NO_RECEIPT_REASON = "receipt-validity-elapsed";

    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);

    private final AgroalDataSource dataSource;
    private final MessageEvents events;
    private final DeliveryMetrics metrics;
    private final PartWriter parts;
    private final Clock clock;

    public DeliveryLedger(AgroalDataSource dataSource, MessageEvents events, DeliveryMetrics metrics, PartWriter parts, Clock clock) {
        this.dataSource = dataSource;
        this.events = events;
        this.metrics = metrics;
        this.parts = parts;
        this.clock = clock;
    }

    /** Claims due messages of one channel under a lease; ACCEPTED ones become QUEUED. */
    @Transactional
    public List<Dispatch> claim(Channel channel, int limit, Duration lease) {
        Instant now = clock.instant();
        List<Dispatch> claimed = new ArrayList<>();
        Set<UUID> promoted = new HashSet<>();
        jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    WITH due AS (
                        SELECT id, status AS was FROM message
                        WHERE status IN ('ACCEPTED', 'QUEUED') AND channel = ? AND not_before <= ?
                          AND (retry_at IS NULL OR retry_at <= ?) AND (lease_until IS NULL OR lease_until < ?)
                        ORDER BY priority DESC, not_before
                        LIMIT ? FOR UPDATE SKIP LOCKED)
                    UPDATE message m SET status = 'QUEUED', lease_until = ?, updated_at = ?
                    FROM due WHERE m.id = due.id
                    RETURNING m.id, due.was, m.idempotency_key, m.msisdn, m.category, m.campaign_id, m.brandname, m.body,
                              m.encoding, m.part_count, m.concat_ref, m.valid_until, m.attempts""")) {
                // Every time in it is the service clock's: retry and lease times were written on it too.
                s.setString(1, channel.name());
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(now));
                s.setTimestamp(4, Timestamp.from(now));
                s.setInt(5, limit);
                s.setTimestamp(6, Timestamp.from(now.plus(lease)));
                s.setTimestamp(7, Timestamp.from(now));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        if ("ACCEPTED".equals(rs.getString(2))) {
                            promoted.add(id);
                        }
                        String encoding = rs.getString(9);
                        claimed.add(new Dispatch(id, rs.getString(3), rs.getString(4), channel, Category.valueOf(rs.getString(5)),
                                rs.getString(6), rs.getString(7), rs.getString(8), encoding == null ? null : TextEncoding.valueOf(encoding),
                                rs.getInt(10), rs.getInt(11), rs.getTimestamp(12).toInstant(), rs.getInt(13), new HashSet<>()));
                    }
                }
            }
            if (claimed.isEmpty()) {
                return;
            }
            Map<UUID, Dispatch> byId = new HashMap<>();
            claimed.forEach(d -> byId.put(d.messageId(), d));
            try (PreparedStatement s = c.prepareStatement("SELECT message_id, seq FROM message_part WHERE message_id = ANY(?)")) {
                s.setArray(1, c.createArrayOf("uuid", byId.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byId.get(rs.getObject(1, UUID.class)).submittedSeqs().add(rs.getInt(2));
                    }
                }
            }
        });
        Announcements announcements = new Announcements(events);
        for (Dispatch d : claimed) {
            if (promoted.contains(d.messageId())) {
                announcements.statusChanged(d, MessageStatus.QUEUED, null);
            }
        }
        announcements.publish();
        return claimed;
    }

    /** Hands claimed messages back without waiting for their lease (a clean stop). */
    @Transactional
    public void release(List<Dispatch> dispatches) {
        if (dispatches.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE message SET lease_until = NULL WHERE id = ANY(?) AND status = 'QUEUED'")) {
                s.setArray(1, c.createArrayOf("uuid", dispatches.stream().map(Dispatch::messageId).toArray()));
                s.executeUpdate();
            }
        });
    }

    /** Records a batch of outcomes in one transaction, with their events. */
    @Transactional
    public void record(List<DeliveryOutcome> batch) {
        Instant now = clock.instant();
        Set<SmscId> touched = new LinkedHashSet<>();
        Set<UUID> completable = new LinkedHashSet<>();
        Announcements announcements = new Announcements(events);
        jdbc(c -> {
            completable.addAll(parts.insert(c, batch, now, touched));
            updateMessages(c, batch, now, completable, announcements);
            insertReceipts(c, batch, touched);
            completable.addAll(applyReceipts(c, touched));
            complete(c, completable, now, announcements);
        });
        announcements.publish();
    }

    /**
     * Expires a batch of parts whose receipt will not come: submitted before {@code cutoff} (the
     * receipt validity), or of a message whose validity ended before {@code validityCutoff} (the
     * SMSC had the same validity_period and gave up on the part then). Their messages become EXPIRED
     * and are announced; receipts that waited as long as the receipt validity for their part are dropped.
     *
     * @return the parts expired
     */
    @Transactional
    public int expireUnconfirmed(Instant cutoff, Instant validityCutoff, int limit) {
        Instant now = clock.instant();
        Set<UUID> messages = new LinkedHashSet<>();
        int[] expired = new int[1];
        Announcements announcements = new Announcements(events);
        jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE message_part p SET state = 'EXPIRED', error = ?, completed_at = ?
                    WHERE p.id IN (SELECT o.id FROM message_part o JOIN message m ON m.id = o.message_id
                                   WHERE o.state = 'SUBMITTED' AND (o.submitted_at < ? OR m.valid_until < ?)
                                   ORDER BY o.submitted_at LIMIT ? FOR UPDATE OF o SKIP LOCKED)
                    RETURNING p.message_id""")) {
                s.setString(1, NO_RECEIPT_REASON);
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(cutoff));
                s.setTimestamp(4, Timestamp.from(validityCutoff));
                s.setInt(5, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        messages.add(rs.getObject(1, UUID.class));
                        expired[0]++;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    DELETE FROM delivery_receipt WHERE id IN (SELECT id FROM delivery_receipt WHERE received_at < ? LIMIT ?)""")) {
                s.setTimestamp(1, Timestamp.from(cutoff));
                s.setInt(2, limit);
                int dropped = s.executeUpdate();
                if (dropped > 0) {
                    LOG.infof("%d delivery receipts received before %s matched no part and were dropped", dropped, cutoff);
                }
            }
            complete(c, messages, now, announcements);
        });
        announcements.publish();
        if (expired[0] > 0) {
            LOG.infof("%d parts submitted before %s had no receipt and expired (%d messages)", expired[0], cutoff, messages.size());
        }
        return expired[0];
    }
    private void updateMessages(Connection c, List<DeliveryOutcome> batch, Instant now, Set<UUID> completable, Announcements announcements)
            throws SQLException {
        List<DeliveryOutcome.OfDispatch> updates = batch.stream()
                .filter(DeliveryOutcome.OfDispatch.class::isInstance).map(DeliveryOutcome.OfDispatch.class::cast).toList();
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE message SET status = ?, reason = ?, not_before = COALESCE(?, not_before),
                       retry_at = ?, attempts = attempts + ?, lease_until = NULL, updated_at = ?
                WHERE id = ? AND status = 'QUEUED'""")) {
            for (DeliveryOutcome.OfDispatch o : updates) {
                s.setString(1, o.status().name());
                s.setString(2, o.reason());
                s.setTimestamp(3, o.notBefore() == null ? null : Timestamp.from(o.notBefore()));
                s.setTimestamp(4, Timestamp.from(now.plus(o.retryDelay())));
                s.setInt(5, o.attempted() ? 1 : 0);
                s.setTimestamp(6, Timestamp.from(now));
                s.setObject(7, o.dispatch().messageId());
                s.addBatch();
            }
            int[] counts = s.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                // 0 rows: the message moved on meanwhile (a duplicate outcome); nothing to announce.
                if (counts[i] != 0) {
                    announce(updates.get(i), completable, announcements);
                }
            }
        }
    }

    private void announce(DeliveryOutcome.OfDispatch o, Set<UUID> completable, Announcements announcements) {
        Dispatch d = o.dispatch();
        switch (o.status()) {
            case SUBMITTED -> {
                completable.add(d.messageId());
                announcements.statusChanged(d, MessageStatus.SUBMITTED, null);
            }
            case DELIVERED -> {
                announcements.statusChanged(d, MessageStatus.SUBMITTED, null);
                announcements.statusChanged(d, MessageStatus.DELIVERED, null);
                announcements.count(() -> metrics.delivered(d.channel()));
            }
            case FAILED, EXPIRED -> {
                announcements.statusChanged(d, o.status(), o.reason());
                announcements.count(() -> metrics.failed(d.channel(), o.reason()));
            }
            case ACCEPTED -> announcements.statusChanged(d, MessageStatus.ACCEPTED, o.reason());
            default -> {
                // QUEUED again after a transient refusal: the same state, nothing to announce.
            }
        }
    }

    private static void insertReceipts(Connection c, List<DeliveryOutcome> batch, Set<SmscId> touched) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO delivery_receipt (smsc_account, smsc_message_id, delivered, error, received_at) VALUES (?, ?, ?, ?, ?)""")) {
            boolean any = false;
            for (DeliveryOutcome o : batch) {
                if (o instanceof DeliveryOutcome.Receipt r) {
                    s.setString(1, r.smscAccount());
                    s.setString(2, r.smscMessageId());
                    s.setBoolean(3, r.delivered());
                    s.setString(4, r.error());
                    s.setTimestamp(5, Timestamp.from(r.receivedAt()));
                    s.addBatch();
                    touched.add(r.smscId());
                    any = true;
                }
            }
            if (any) {
                s.executeBatch();
            }
        }
    }

    /**
     * Joins stored receipts to open parts of the same account submitted before the receipt came
     * (the earliest such receipt wins; later copies are the SMSC resending it) and removes them;
     * returns the messages whose parts changed.
     */
    private Set<UUID> applyReceipts(Connection c, Set<SmscId> smscIds) throws SQLException {
        Set<UUID> messages = new LinkedHashSet<>();
        if (smscIds.isEmpty()) {
            return messages;
        }
        try (PreparedStatement s = c.prepareStatement("""
                WITH touched AS (SELECT * FROM unnest(?::varchar[], ?::varchar[]) AS t(account, smsc_id)),
                matched AS (
                    SELECT DISTINCT ON (p.id) p.id AS part_id, r.delivered, r.error, r.received_at
                    FROM touched t
                    JOIN message_part p ON p.smsc_account = t.account AND p.smsc_message_id = t.smsc_id AND p.state = 'SUBMITTED'
                    JOIN delivery_receipt r ON r.smsc_account = p.smsc_account AND r.smsc_message_id = p.smsc_message_id
                                           AND r.received_at >= p.submitted_at
                    ORDER BY p.id, r.received_at),
                completed AS (
                    UPDATE message_part p SET state = CASE WHEN m.delivered THEN 'DELIVERED' ELSE 'FAILED' END,
                           error = m.error, completed_at = m.received_at
                    FROM matched m WHERE p.id = m.part_id
                    RETURNING p.message_id, p.smsc_account, p.smsc_message_id, p.submitted_at, p.completed_at),
                consumed AS (
                    DELETE FROM delivery_receipt r USING completed d
                    WHERE r.smsc_account = d.smsc_account AND r.smsc_message_id = d.smsc_message_id AND r.received_at >= d.submitted_at)
                SELECT message_id, submitted_at, completed_at FROM completed""")) {
            s.setArray(1, c.createArrayOf("varchar", smscIds.stream().map(SmscId::account).toArray()));
            s.setArray(2, c.createArrayOf("varchar", smscIds.stream().map(SmscId::id).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    messages.add(rs.getObject(1, UUID.class));
                    metrics.receiptLatency(Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
                }
            }
        }
        return messages;
    }

    /**
     * A message is DELIVERED when every part is, FAILED as soon as one part is undeliverable,
     * EXPIRED when a part's receipt can no longer come.
     */
    private void complete(Connection c, Set<UUID> messageIds, Instant now, Announcements announcements) throws SQLException {
        if (messageIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE message m SET status = CASE WHEN s.failed > 0 THEN 'FAILED' WHEN s.expired > 0 THEN 'EXPIRED' ELSE 'DELIVERED' END,
                       reason = CASE WHEN s.failed > 0 THEN 'undelivered-' || COALESCE(s.error, 'unknown') WHEN s.expired > 0 THEN s.expiry END,
                       updated_at = ?
                FROM (SELECT message_id, count(*) FILTER (WHERE state = 'DELIVERED') AS delivered,
                             count(*) FILTER (WHERE state = 'FAILED') AS failed, max(error) FILTER (WHERE state = 'FAILED') AS error,
                             count(*) FILTER (WHERE state = 'EXPIRED') AS expired, max(error) FILTER (WHERE state = 'EXPIRED') AS expiry
                      FROM message_part WHERE message_id = ANY(?) GROUP BY message_id) s
                WHERE m.id = s.message_id AND m.status = 'SUBMITTED' AND (s.failed > 0 OR s.expired > 0 OR s.delivered = m.part_count)
                RETURNING m.id, m.idempotency_key, m.msisdn, m.campaign_id, m.channel, m.status, m.reason""")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setArray(2, c.createArrayOf("uuid", messageIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Channel channel = Channel.valueOf(rs.getString(5));
                    String status = rs.getString(6);
                    String reason = rs.getString(7);
                    announcements.statusChanged(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            channel.name(), status, reason);
                    if (MessageStatus.DELIVERED.name().equals(status)) {
                        announcements.count(() -> metrics.delivered(channel));
                    } else if (MessageStatus.EXPIRED.name().equals(status)) {
                        announcements.count(() -> metrics.failed(channel, reason));
                    } else {
                        announcements.count(() -> metrics.failed(channel, "undelivered"));
                    }
                }
            }
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Plain JDBC on the transaction's own connection (the data source hands out the one enlisted), for set-wise statements. */
    private void jdbc(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The delivery ledger could not be written: " + e.getMessage(), e);
        }
    }
}
