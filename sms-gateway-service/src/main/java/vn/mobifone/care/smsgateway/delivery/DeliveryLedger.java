package vn.mobifone.care.smsgateway.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
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
import org.hibernate.Session;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;
import vn.mobifone.care.smsgateway.message.MessageEvents;
import vn.mobifone.care.smsgateway.message.MessageStatus;

/**
 * The delivery state in PostgreSQL, written set-wise so that thousands of messages a second cost
 * a few statements per batch. A receipt is stored before its part may be known (the SMSC can be
 * faster than our own bookkeeping) and joined to the part from whichever side arrives second.
 */
@ApplicationScoped
public class DeliveryLedger {

    public static final String EXPIRED_REASON = "validity-elapsed";
    public static final String WINDOW_REASON = "advertising-window";

    private final EntityManager em;
    private final MessageEvents events;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public DeliveryLedger(EntityManager em, MessageEvents events, DeliveryMetrics metrics, Clock clock) {
        this.em = em;
        this.events = events;
        this.metrics = metrics;
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
                          AND (retry_at IS NULL OR retry_at <= now()) AND (lease_until IS NULL OR lease_until < now())
                        ORDER BY priority DESC, not_before
                        LIMIT ? FOR UPDATE SKIP LOCKED)
                    UPDATE message m SET status = 'QUEUED', lease_until = now() + ? * interval '1 millisecond', updated_at = ?
                    FROM due WHERE m.id = due.id
                    RETURNING m.id, due.was, m.idempotency_key, m.msisdn, m.category, m.campaign_id, m.brandname, m.body,
                              m.encoding, m.part_count, m.concat_ref, m.valid_until, m.attempts""")) {
                s.setString(1, channel.name());
                s.setTimestamp(2, Timestamp.from(now));
                s.setInt(3, limit);
                s.setLong(4, lease.toMillis());
                s.setTimestamp(5, Timestamp.from(now));
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
    public void record(List<Outcome> batch) {
        Instant now = clock.instant();
        Set<String> touchedParts = new LinkedHashSet<>();
        Set<UUID> completable = new LinkedHashSet<>();
        Announcements announcements = new Announcements(events);
        jdbc(c -> {
            insertParts(c, batch, touchedParts);
            updateMessages(c, batch, now, completable, announcements);
            insertReceipts(c, batch, touchedParts);
            completable.addAll(applyReceipts(c, touchedParts));
            complete(c, completable, now, announcements);
        });
        announcements.publish();
    }

    private void insertParts(Connection c, List<Outcome> batch, Set<String> touched) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO message_part (smsc_message_id, message_id, seq, state, submitted_at, completed_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            int rows = 0;
            for (Outcome o : batch) {
                if (o instanceof Outcome.Delivered d) {
                    addPart(s, d.dispatch(), new SubmittedPart(1, d.providerMessageId(), d.at()), "DELIVERED", d.at());
                    rows++;
                } else if (o instanceof Outcome.OfDispatch d) {
                    for (SubmittedPart p : d.parts()) {
                        addPart(s, d.dispatch(), p, "SUBMITTED", null);
                        touched.add(p.smscMessageId());
                        rows++;
                    }
                }
            }
            if (rows > 0) {
                s.executeBatch();
                metrics.partsSubmitted(rows);
            }
        }
    }

    private static void addPart(PreparedStatement s, Dispatch d, SubmittedPart p, String state, Instant completedAt) throws SQLException {
        s.setString(1, p.smscMessageId());
        s.setObject(2, d.messageId());
        s.setInt(3, p.seq());
        s.setString(4, state);
        s.setTimestamp(5, Timestamp.from(p.submittedAt()));
        s.setTimestamp(6, completedAt == null ? null : Timestamp.from(completedAt));
        s.addBatch();
    }

    private void updateMessages(Connection c, List<Outcome> batch, Instant now, Set<UUID> completable, Announcements announcements)
            throws SQLException {
        List<Outcome.OfDispatch> updates = batch.stream()
                .filter(Outcome.OfDispatch.class::isInstance).map(Outcome.OfDispatch.class::cast).toList();
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE message SET status = ?, reason = ?, not_before = COALESCE(?, not_before),
                       retry_at = now() + ? * interval '1 millisecond', attempts = attempts + ?, lease_until = NULL, updated_at = ?
                WHERE id = ? AND status = 'QUEUED'""")) {
            for (Outcome.OfDispatch o : updates) {
                s.setString(1, o.status().name());
                s.setString(2, o.reason());
                s.setTimestamp(3, o.notBefore() == null ? null : Timestamp.from(o.notBefore()));
                s.setLong(4, o.retryDelay().toMillis());
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

    private void announce(Outcome.OfDispatch o, Set<UUID> completable, Announcements announcements) {
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

    private static void insertReceipts(Connection c, List<Outcome> batch, Set<String> touched) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO delivery_receipt (smsc_message_id, delivered, error, received_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            boolean any = false;
            for (Outcome o : batch) {
                if (o instanceof Outcome.Receipt r) {
                    s.setString(1, r.smscMessageId());
                    s.setBoolean(2, r.delivered());
                    s.setString(3, r.error());
                    s.setTimestamp(4, Timestamp.from(r.receivedAt()));
                    s.addBatch();
                    touched.add(r.smscMessageId());
                    any = true;
                }
            }
            if (any) {
                s.executeBatch();
            }
        }
    }

    /** Joins stored receipts to known parts; returns the messages whose parts changed. */
    private Set<UUID> applyReceipts(Connection c, Set<String> smscIds) throws SQLException {
        Set<UUID> messages = new LinkedHashSet<>();
        if (smscIds.isEmpty()) {
            return messages;
        }
        Array ids = c.createArrayOf("varchar", smscIds.toArray());
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE message_part p SET state = CASE WHEN r.delivered THEN 'DELIVERED' ELSE 'FAILED' END,
                       error = r.error, completed_at = r.received_at
                FROM delivery_receipt r
                WHERE p.smsc_message_id = ANY(?) AND r.smsc_message_id = p.smsc_message_id AND p.state = 'SUBMITTED'
                RETURNING p.message_id, p.submitted_at, p.completed_at""")) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    messages.add(rs.getObject(1, UUID.class));
                    metrics.receiptLatency(Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM delivery_receipt r USING message_part p
                WHERE r.smsc_message_id = ANY(?) AND p.smsc_message_id = r.smsc_message_id AND p.state <> 'SUBMITTED'""")) {
            s.setArray(1, ids);
            s.executeUpdate();
        }
        return messages;
    }

    /** A message is DELIVERED when every part is, FAILED as soon as one part is undeliverable. */
    private void complete(Connection c, Set<UUID> messageIds, Instant now, Announcements announcements) throws SQLException {
        if (messageIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE message m SET status = CASE WHEN s.failed > 0 THEN 'FAILED' ELSE 'DELIVERED' END,
                       reason = CASE WHEN s.failed > 0 THEN 'undelivered-' || COALESCE(s.error, 'unknown') END, updated_at = ?
                FROM (SELECT message_id, count(*) FILTER (WHERE state = 'DELIVERED') AS delivered,
                             count(*) FILTER (WHERE state = 'FAILED') AS failed, max(error) FILTER (WHERE state = 'FAILED') AS error
                      FROM message_part WHERE message_id = ANY(?) GROUP BY message_id) s
                WHERE m.id = s.message_id AND m.status = 'SUBMITTED' AND (s.failed > 0 OR s.delivered = m.part_count)
                RETURNING m.id, m.idempotency_key, m.msisdn, m.campaign_id, m.channel, m.status, m.reason""")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setArray(2, c.createArrayOf("uuid", messageIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Channel channel = Channel.valueOf(rs.getString(5));
                    String status = rs.getString(6);
                    announcements.statusChanged(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            channel.name(), status, rs.getString(7));
                    if (MessageStatus.DELIVERED.name().equals(status)) {
                        announcements.count(() -> metrics.delivered(channel));
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

    /** Plain JDBC on the transaction's own connection, for set-wise statements. */
    private void jdbc(Work work) {
        em.unwrap(Session.class).doWork(work::run);
    }
}
