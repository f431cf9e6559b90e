package vn.mobifone.care.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.hibernate.Session;
import org.jboss.logging.MDC;
import vn.mobifone.care.contracts.events.CareEvent;
import vn.mobifone.care.platform.web.RequestIdFilter;

/**
 * Records an event in the caller's database transaction; {@link OutboxRelay} sends it to Kafka
 * after the commit. A rolled-back transaction therefore publishes nothing, and a broker outage
 * loses nothing: the row waits until the broker is back.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, request_id, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, CareEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = topic;
        message.messageKey = event.key();
        message.eventType = event.getClass().getSimpleName();
        message.payload = write(event);
        message.requestId = (String) MDC.get(RequestIdFilter.MDC_KEY);
        message.createdAt = event.occurredAt();
        em.persist(message);
        wakeRelayAfterCommit();
    }

    /**
     * Records events of one topic with one batched insert, in list order, without the ORM's
     * per-entity work: for writers that change hundreds of aggregates per transaction, or that
     * write their own rows in plain JDBC at high rates. Joins the caller's JTA transaction and
     * wakes the relay after it commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, List<? extends CareEvent> events) {
        em.unwrap(Session.class).doWork(connection -> publishAll(connection, topic, events));
    }

    /**
     * The same batched insert on the caller's connection: one held in a {@link vn.mobifone.care.platform.persistence.LocalTransaction},
     * or the one the data source enlisted in the caller's JTA transaction. The events commit or
     * roll back with the caller's rows; the relay is woken after the commit either way (by the
     * local transaction, or by a synchronization registered here for the JTA one).
     */
    public void publishAll(Connection connection, String topic, List<? extends CareEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        String requestId = (String) MDC.get(RequestIdFilter.MDC_KEY);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (CareEvent event : events) {
                insert.setObject(1, event.eventId());
                insert.setString(2, topic);
                insert.setString(3, event.key());
                insert.setString(4, event.getClass().getSimpleName());
                insert.setString(5, write(event));
                insert.setString(6, requestId);
                insert.setTimestamp(7, Timestamp.from(event.occurredAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (transactions.getTransactionKey() != null) {
            wakeRelayAfterCommit();
        }
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    private String write(CareEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.getClass().getSimpleName() + " cannot be serialised", e);
        }
    }
}
