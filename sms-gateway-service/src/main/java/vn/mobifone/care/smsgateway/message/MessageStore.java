package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;
import vn.mobifone.care.smsgateway.template.Template;

/**
 * The intake's own statements, in plain JDBC on the intake transaction's connection: at hundreds
 * of requests a second the ORM's per-statement work (query plans, entity actions, flush) and the
 * persistence session around it cost more CPU than PostgreSQL spent on the statements
 * themselves. Reads for callers stay on the entity.
 */
@ApplicationScoped
public class MessageStore {

    private static final String COLUMNS = """
            id, idempotency_key, msisdn, channel, category, campaign_id, template_id, brandname, body, encoding, part_count, \
            concat_ref, priority, status, reason, not_before, valid_until, attempts, requested_by, created_at, updated_at""";
    /** One row per message from parallel arrays: a batch is one statement however many it holds. */
    private static final String INSERT_ALL = "INSERT INTO message (" + COLUMNS + ") SELECT id, idempotency_key, msisdn, channel, category, "
            + "campaign_id, template_id, brandname, body, encoding, part_count, concat_ref, priority, status, reason, "
            + "not_before::timestamptz, valid_until::timestamptz, attempts, requested_by, created_at::timestamptz, updated_at::timestamptz "
            + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[]) "
            + "AS m(id, idempotency_key, msisdn, channel, category, campaign_id, template_id, brandname, body, encoding, part_count, "
            + "concat_ref, priority, status, reason, not_before, valid_until, attempts, requested_by, created_at, updated_at)";
    /** Positions (from 0) of the integer columns among {@link #COLUMNS}; the uuid is first, the others travel as text. */
    private static final Set<Integer> INT_COLUMNS = Set.of(10, 11, 12, 17);
    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM message WHERE idempotency_key = ANY (?)";
    /**
     * Takes the keys' locks in the order of their hashes, whoever asks: two groups sharing keys
     * then wait for each other instead of deadlocking. The subquery keeps the sort before the
     * locking (an ORDER BY beside the lock call could be applied after it).
     */
    private static final String LOCK_ALL = """
            SELECT pg_advisory_xact_lock(h) FROM (
                SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(?::text[]) AS k ORDER BY 1 OFFSET 0) AS keys""";
    private static final String TEMPLATES = "SELECT id, body, brandname, channel, category, fold_diacritics FROM template WHERE id = ANY (?)";

    /**
     * The messages recorded under the idempotency keys, by key (absent: none yet). The keys are
     * locked first until the transaction ends, so a retry racing the original waits for it and
     * then finds it.
     */
    public Map<String, Message> lockAndFind(Connection connection, Collection<String> idempotencyKeys) {
        Map<String, Message> found = new HashMap<>();
        if (idempotencyKeys.isEmpty()) {
            return found;
        }
        try {
            Array keys = connection.createArrayOf("text", idempotencyKeys.toArray());
            try (PreparedStatement lock = connection.prepareStatement(LOCK_ALL)) {
                lock.setArray(1, keys);
                lock.execute();
            }
            // A statement of its own: its snapshot is taken after the locks were granted.
            try (PreparedStatement find = connection.prepareStatement(FIND_ALL)) {
                find.setArray(1, keys);
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        Message m = read(rs);
                        found.put(m.idempotencyKey, m);
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("The messages under " + idempotencyKeys.size() + " idempotency keys could not be read", e);
        }
    }

    /** The templates messages are written from, read as they stand, by id (absent: no such template). */
    public Map<String, Template> templates(Connection connection, Collection<String> ids) {
        Map<String, Template> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = connection.prepareStatement(TEMPLATES)) {
            s.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Template t = new Template();
                    t.id = rs.getString(1);
                    t.body = rs.getString(2);
                    t.brandname = rs.getString(3);
                    t.channel = Channel.valueOf(rs.getString(4));
                    t.category = Category.valueOf(rs.getString(5));
                    t.foldDiacritics = rs.getBoolean(6);
                    found.put(t.id, t);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(ids.size() + " templates could not be read", e);
        }
    }

    public void insert(Connection connection, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int n = messages.size();
        Object[][] columns = new Object[21][n];
        for (int i = 0; i < n; i++) {
            Message m = messages.get(i);
            columns[0][i] = m.id;
            columns[1][i] = m.idempotencyKey;
            columns[2][i] = m.msisdn.value();
            columns[3][i] = m.channel.name();
            columns[4][i] = m.category.name();
            columns[5][i] = m.campaignId;
            columns[6][i] = m.templateId;
            columns[7][i] = m.brandname;
            columns[8][i] = m.body;
            columns[9][i] = m.encoding == null ? null : m.encoding.name();
            columns[10][i] = m.partCount;
            columns[11][i] = m.concatRef;
            columns[12][i] = m.priority;
            columns[13][i] = m.status.name();
            columns[14][i] = m.reason;
            columns[15][i] = m.notBefore.toString();
            columns[16][i] = m.validUntil.toString();
            columns[17][i] = m.attempts;
            columns[18][i] = m.requestedBy;
            columns[19][i] = m.createdAt.toString();
            columns[20][i] = m.updatedAt.toString();
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT_ALL)) {
            for (int c = 0; c < columns.length; c++) {
                String type = c == 0 ? "uuid" : INT_COLUMNS.contains(c) ? "int4" : "text";
                s.setArray(c + 1, connection.createArrayOf(type, columns[c]));
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(n + " messages could not be recorded", e);
        }
    }

    private static Message read(ResultSet rs) throws SQLException {
        Message m = new Message();
        m.id = rs.getObject(1, UUID.class);
        m.idempotencyKey = rs.getString(2);
        m.msisdn = new Msisdn(rs.getString(3));
        m.channel = Channel.valueOf(rs.getString(4));
        m.category = Category.valueOf(rs.getString(5));
        m.campaignId = rs.getString(6);
        m.templateId = rs.getString(7);
        m.brandname = rs.getString(8);
        m.body = rs.getString(9);
        String encoding = rs.getString(10);
        m.encoding = encoding == null ? null : TextEncoding.valueOf(encoding);
        m.partCount = rs.getInt(11);
        m.concatRef = rs.getInt(12);
        m.priority = rs.getInt(13);
        m.status = MessageStatus.valueOf(rs.getString(14));
        m.reason = rs.getString(15);
        m.notBefore = rs.getTimestamp(16).toInstant();
        m.validUntil = rs.getTimestamp(17).toInstant();
        m.attempts = rs.getInt(18);
        m.requestedBy = rs.getString(19);
        m.createdAt = rs.getTimestamp(20).toInstant();
        m.updatedAt = rs.getTimestamp(21).toInstant();
        return m;
    }
}
