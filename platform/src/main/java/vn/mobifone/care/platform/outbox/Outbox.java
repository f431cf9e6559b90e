package vn.mobifone.care.platform.outbox;

import io.agroal.api.AgroalDataSource;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    /** The one insert of an outbox row in plain JDBC; {@code expansion} is null for a row that carries its event. */
    private static final String INSERT = "INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, request_id, created_at,"
            + " expansion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final EventRecord records;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, AgroalDataSource dataSource, EventRecord records, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.dataSource = dataSource;
        this.records = records;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, CareEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = topic;
        message.messageKey = event.key();
        message.eventType = EventRecord.type(event);
        message.payload = records.payload(event);
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
        // The data source hands out the connection enlisted in the caller's transaction.
        try (Connection connection = dataSource.getConnection()) {
            publishAll(connection, topic, events);
        } catch (SQLException e) {
            throw new IllegalStateException("The events of " + topic + " could not be recorded: " + e.getMessage(), e);
        }
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
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (CareEvent event : events) {
                bind(insert, event.eventId(), topic, event.key(), EventRecord.type(event), records.payload(event), event.occurredAt(), null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        wakeRelayAfterJtaCommit();
    }

    /**
     * Records one row standing for many events of {@code topic}, on the caller's connection and in its
     * transaction: the relay has the {@link OutboxExpansion} named {@code expansion} build and send them
     * after the commit, a batch at a time, from {@code reference} (what the writer changed, in the
     * expansion's own terms). For a write that changes so many aggregates that an event row for each
     * would cost more than the write itself. The events of other rows recorded after this one leave
     * after all of its events.
     *
     * @param key the reference's own key, for the log; each expanded event has its own
     * @param eventId the reference's id, from which an expansion may derive stable ids for its events
     */
    public void publishByReference(Connection connection, String topic, String expansion, UUID eventId, String key, String reference,
            Instant occurredAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, eventId, topic, key, expansion, reference, occurredAt, expansion);
            insert.executeUpdate();
        }
        wakeRelayAfterJtaCommit();
    }

    private static void bind(PreparedStatement insert, UUID eventId, String topic, String key, String type, String payload, Instant at,
            String expansion) throws SQLException {
        insert.setObject(1, eventId);
        insert.setString(2, topic);
        insert.setString(3, key);
        insert.setString(4, type);
        insert.setString(5, payload);
        insert.setString(6, (String) MDC.get(RequestIdFilter.MDC_KEY));
        insert.setTimestamp(7, Timestamp.from(at));
        insert.setString(8, expansion);
    }

    // A local transaction wakes the relay itself once it has committed (LocalCommit).
    private void wakeRelayAfterJtaCommit() {
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
}
