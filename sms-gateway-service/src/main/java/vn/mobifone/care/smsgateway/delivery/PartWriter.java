package vn.mobifone.care.smsgateway.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

/**
 * Writes the parts of a ledger batch, one statement for all of them, and settles reused SMSC ids
 * instead of dropping a part: an SMSC hands an id out again only once it has forgotten the first
 * holder (a restart, a counter that wrapped), so the part that got the id last keeps it and an
 * older part still waiting under it expires as {@code smsc-id-reused} (its receipt can no longer be
 * told apart). Every such case is logged with both parts and counted in
 * {@code sms_part_id_conflicts_total}.
 */
@ApplicationScoped
public class PartWriter {

    public static final String ID_REUSED_REASON = "smsc-id-reused";
    /** Conflict kinds, the {@code kind} tag of the counter. */
    static final String ID_REUSED = "id-reused";
    static final String RECORDED_TWICE = "part-recorded-twice";
    private static final Logger LOG = Logger.getLogger(PartWriter.class);

    private final DeliveryMetrics metrics;

    public PartWriter(DeliveryMetrics metrics) {
        this.metrics = metrics;
    }

    /** A part as it is written. */
    private record Row(UUID messageId, SubmittedPart part, String state, String error, Instant completedAt) {

        boolean open() {
            return "SUBMITTED".equals(state);
        }

        Row reused(Instant at) {
            return new Row(messageId, part, "EXPIRED", ID_REUSED_REASON, at);
        }

        String describe() {
            return "part " + part.seq() + " of message " + messageId + " (submitted " + part.submittedAt() + ")";
        }
    }

    /**
     * Writes the parts of the batch; adds the SMSC ids of the open ones to {@code touched}.
     *
     * @return messages whose parts were closed here (an id reused), to be completed
     */
    Set<UUID> insert(Connection c, List<DeliveryOutcome> batch, Instant now, Set<SmscId> touched) throws SQLException {
        List<Row> rows = rowsOf(batch);
        Set<UUID> closed = new LinkedHashSet<>();
        if (rows.isEmpty()) {
            return closed;
        }
        rows = settleWithinBatch(rows, now, closed);
        closed.addAll(supersedeOpenParts(c, rows, now));
        List<Row> refused = write(c, rows);
        List<Row> lost = List.of();
        if (!refused.isEmpty()) {
            // An open part still holds the id (submitted after this one, or written meanwhile by another
            // instance), or the part itself is already recorded.
            List<Row> again = refused.stream().map(r -> r.open() ? r.reused(now) : r).toList();
            lost = write(c, again);
            for (Row r : again) {
                if (!lost.contains(r)) {
                    conflict(ID_REUSED, r, "an open part that keeps " + r.part().smscId() + " (submitted later or written concurrently)");
                    closed.add(r.messageId());
                }
            }
            for (Row r : lost) {
                conflict(RECORDED_TWICE, r, "the part already recorded as " + recorded(c, r));
            }
        }
        for (Row r : rows) {
            if (r.open() && !refused.contains(r)) {
                touched.add(r.part().smscId());
            }
        }
        metrics.partsSubmitted(rows.size() - lost.size());
        return closed;
    }

    private static List<Row> rowsOf(List<DeliveryOutcome> batch) {
        List<Row> rows = new ArrayList<>();
        for (DeliveryOutcome o : batch) {
            if (o instanceof DeliveryOutcome.Delivered d) {
                rows.add(new Row(d.dispatch().messageId(), new SubmittedPart(1, d.providerAccount(), d.providerMessageId(), d.at()),
                        "DELIVERED", null, d.at()));
            } else if (o instanceof DeliveryOutcome.OfDispatch d) {
                for (SubmittedPart p : d.parts()) {
                    rows.add(new Row(d.dispatch().messageId(), p, "SUBMITTED", null, null));
                }
            }
        }
        return rows;
    }

    /** Two open parts of one batch under the same id: the one submitted first lost it. */
    private List<Row> settleWithinBatch(List<Row> rows, Instant now, Set<UUID> closed) {
        Map<SmscId, Integer> holder = new HashMap<>();
        List<Row> settled = new ArrayList<>(rows);
        for (int i = 0; i < settled.size(); i++) {
            Row row = settled.get(i);
            if (!row.open()) {
                continue;
            }
            Integer other = holder.putIfAbsent(row.part().smscId(), i);
            if (other == null) {
                continue;
            }
            Row previous = settled.get(other);
            boolean rowIsLater = !row.part().submittedAt().isBefore(previous.part().submittedAt());
            int loser = rowIsLater ? other : i;
            Row winner = rowIsLater ? row : previous;
            Row lost = settled.get(loser).reused(now);
            settled.set(loser, lost);
            closed.add(lost.messageId());
            conflict(ID_REUSED, lost, winner.describe() + " got " + row.part().smscId() + " after it");
            holder.put(row.part().smscId(), rowIsLater ? i : other);
        }
        return settled;
    }

    /** Open parts already recorded under an id the SMSC has now given to a newer part. */
    private Set<UUID> supersedeOpenParts(Connection c, List<Row> rows, Instant now) throws SQLException {
        List<Row> open = rows.stream().filter(Row::open).toList();
        Set<UUID> closed = new LinkedHashSet<>();
        if (open.isEmpty()) {
            return closed;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE message_part p SET state = 'EXPIRED', error = ?, completed_at = ?
                FROM unnest(?::varchar[], ?::varchar[], ?::uuid[], ?::int[], ?::timestamptz[]) AS n(account, smsc_id, message_id, seq, submitted_at)
                WHERE p.state = 'SUBMITTED' AND p.smsc_account = n.account AND p.smsc_message_id = n.smsc_id
                  AND (p.message_id <> n.message_id OR p.seq <> n.seq) AND p.submitted_at <= n.submitted_at
                RETURNING p.message_id, p.seq, p.submitted_at, n.account, n.smsc_id, n.message_id, n.seq, n.submitted_at""")) {
            s.setString(1, ID_REUSED_REASON);
            s.setTimestamp(2, Timestamp.from(now));
            s.setArray(3, c.createArrayOf("varchar", open.stream().map(r -> r.part().smscAccount()).toArray()));
            s.setArray(4, c.createArrayOf("varchar", open.stream().map(r -> r.part().smscMessageId()).toArray()));
            s.setArray(5, c.createArrayOf("uuid", open.stream().map(Row::messageId).toArray()));
            s.setArray(6, c.createArrayOf("int4", open.stream().map(r -> r.part().seq()).toArray()));
            s.setArray(7, c.createArrayOf("timestamptz", open.stream().map(r -> Timestamp.from(r.part().submittedAt())).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID old = rs.getObject(1, UUID.class);
                    closed.add(old);
                    metrics.partIdConflict(ID_REUSED);
                    LOG.warnf("SMSC account %s gave id %s again: part %d of message %s (submitted %s, no receipt yet) expires as %s,"
                                    + " part %d of message %s (submitted %s) holds the id now",
                            rs.getString(4), rs.getString(5), rs.getInt(2), old, rs.getTimestamp(3).toInstant(), ID_REUSED_REASON,
                            rs.getInt(7), rs.getObject(6, UUID.class), rs.getTimestamp(8).toInstant());
                }
            }
        }
        return closed;
    }

    /** Inserts the rows in one statement; returns those the table refused. */
    private static List<Row> write(Connection c, List<Row> rows) throws SQLException {
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO message_part (smsc_account, smsc_message_id, message_id, seq, state, error, submitted_at, completed_at)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::uuid[], ?::int[], ?::varchar[], ?::varchar[],
                                     ?::timestamptz[], ?::timestamptz[])
                ON CONFLICT DO NOTHING
                RETURNING message_id, seq""")) {
            s.setArray(1, c.createArrayOf("varchar", rows.stream().map(r -> r.part().smscAccount()).toArray()));
            s.setArray(2, c.createArrayOf("varchar", rows.stream().map(r -> r.part().smscMessageId()).toArray()));
            s.setArray(3, c.createArrayOf("uuid", rows.stream().map(Row::messageId).toArray()));
            s.setArray(4, c.createArrayOf("int4", rows.stream().map(r -> r.part().seq()).toArray()));
            s.setArray(5, c.createArrayOf("varchar", rows.stream().map(Row::state).toArray()));
            s.setArray(6, c.createArrayOf("varchar", rows.stream().map(Row::error).toArray()));
            s.setArray(7, c.createArrayOf("timestamptz", rows.stream().map(r -> Timestamp.from(r.part().submittedAt())).toArray()));
            s.setArray(8, c.createArrayOf("timestamptz",
                    rows.stream().map(r -> r.completedAt() == null ? null : Timestamp.from(r.completedAt())).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getObject(1, UUID.class) + "/" + rs.getInt(2));
                }
            }
        }
        return rows.stream().filter(r -> !inserted.contains(r.messageId() + "/" + r.part().seq())).toList();
    }

    private static String recorded(Connection c, Row r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT smsc_account, smsc_message_id, state, submitted_at FROM message_part WHERE message_id = ? AND seq = ?")) {
            s.setObject(1, r.messageId());
            s.setInt(2, r.part().seq());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? rs.getString(1) + "/" + rs.getString(2) + " " + rs.getString(3) + " (submitted " + rs.getTimestamp(4).toInstant() + ")"
                        : "unknown";
            }
        }
    }

    private void conflict(String kind, Row row, String other) {
        metrics.partIdConflict(kind);
        LOG.warnf("SMSC id conflict (%s): %s under %s is recorded as %s; the other party: %s",
                kind, row.describe(), row.part().smscId(), row.open() ? "SUBMITTED" : row.state(), other);
    }
}
