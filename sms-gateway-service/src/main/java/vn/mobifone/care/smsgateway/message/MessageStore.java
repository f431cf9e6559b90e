package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
    private static final String INSERT = "INSERT INTO message (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM message WHERE idempotency_key = ?";

    /**
     * The message recorded under an idempotency key, or null. The key is locked first until the
     * transaction ends, so a retry racing the original waits for it and then finds it.
     */
    public Message lockAndFind(Connection connection, String idempotencyKey) {
        try {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, idempotencyKey);
                lock.execute();
            }
            // A statement of its own: its snapshot is taken after the lock was granted.
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, idempotencyKey);
                try (ResultSet rs = find.executeQuery()) {
                    return rs.next() ? read(rs) : null;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The message under idempotency key " + idempotencyKey + " could not be read", e);
        }
    }

    /** The template a message is written from, read as it stands, or null. */
    public Template template(Connection connection, String id) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT body, brandname, channel, category, fold_diacritics FROM template WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Template t = new Template();
                t.id = id;
                t.body = rs.getString(1);
                t.brandname = rs.getString(2);
                t.channel = Channel.valueOf(rs.getString(3));
                t.category = Category.valueOf(rs.getString(4));
                t.foldDiacritics = rs.getBoolean(5);
                return t;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Template " + id + " could not be read", e);
        }
    }

    public void insert(Connection connection, Message m) {
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            s.setObject(1, m.id);
            s.setString(2, m.idempotencyKey);
            s.setString(3, m.msisdn.value());
            s.setString(4, m.channel.name());
            s.setString(5, m.category.name());
            s.setString(6, m.campaignId);
            s.setString(7, m.templateId);
            s.setString(8, m.brandname);
            s.setString(9, m.body);
            s.setString(10, m.encoding == null ? null : m.encoding.name());
            s.setInt(11, m.partCount);
            s.setInt(12, m.concatRef);
            s.setInt(13, m.priority);
            s.setString(14, m.status.name());
            s.setString(15, m.reason);
            s.setTimestamp(16, Timestamp.from(m.notBefore));
            s.setTimestamp(17, Timestamp.from(m.validUntil));
            s.setInt(18, m.attempts);
            s.setString(19, m.requestedBy);
            s.setTimestamp(20, Timestamp.from(m.createdAt));
            s.setTimestamp(21, Timestamp.from(m.updatedAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Message " + m.id + " could not be recorded", e);
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
