package vn.mobifone.care.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivered event (rebalance, relay retry) finds its id and
 * changes nothing, and a failed effect leaves no id behind to block the retry.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager em;

    public IdempotentConsumer(EntityManager em) {
        this.em = em;
    }

    /** @return true when the effect ran, false when the event had already been processed. */
    @Transactional
    public boolean processOnce(String consumer, UUID eventId, Runnable effect) {
        int claimed = em.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        effect.run();
        return true;
    }

    /**
     * Records the event id on {@code connection}, in the transaction its writer runs there (a
     * consumer applying a whole poll in one local transaction), so the id commits or rolls back
     * with the effect.
     *
     * @return true when the event is new to this consumer, false when it had already been processed
     */
    public boolean claim(Connection connection, String consumer, UUID eventId) {
        try (PreparedStatement claim = connection.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")) {
            claim.setString(1, consumer);
            claim.setObject(2, eventId);
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Event " + eventId + " could not be recorded as processed by " + consumer, e);
        }
    }
}
