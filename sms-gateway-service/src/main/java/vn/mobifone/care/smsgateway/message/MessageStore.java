package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.UUID;
import org.hibernate.Session;
import vn.mobifone.care.smsgateway.template.Template;

/**
 * The intake's own statements, in plain JDBC on the transaction's connection: at hundreds of
 * requests a second the ORM's per-statement work (query plans, entity actions, flush) cost more
 * CPU than PostgreSQL spent on the statements themselves. Reads for callers stay on the entity.
 */
@ApplicationScoped
public class MessageStore {

    private static final String INSERT = """
            INSERT INTO message (id, idempotency_key, msisdn, channel, category, campaign_id, template_id, brandname, body, encoding,
                                 part_count, concat_ref, priority, status, reason, not_before, valid_until, attempts, requested_by,
                                 created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager em;

    public MessageStore(EntityManager em) {
        this.em = em;
    }

    /**
     * The message recorded under an idempotency key, or null. The key is locked first until the
     * transaction ends, so a retry racing the original waits for it and then finds it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Message lockAndFind(String idempotencyKey) {
        UUID existing = session().doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, idempotencyKey);
                lock.execute();
            }
            // A statement of its own: its snapshot is taken after the lock was granted.
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM message WHERE idempotency_key = ?")) {
                find.setString(1, idempotencyKey);
                try (ResultSet rs = find.executeQuery()) {
                    return rs.next() ? rs.getObject(1, UUID.class) : null;
                }
            }
        });
        return existing == null ? null : Message.findById(existing);
    }

    /** The template a message is written from, read as it stands, or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Template template(String id) {
        return session().doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
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
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Message m) {
        session().doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
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
            }
        });
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
