package vn.mobifone.care.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.kafka.KafkaSettings;

/**
 * Moves committed outbox rows to Kafka in id order. One relay at a time per database (a
 * transaction-scoped advisory lock), so per-key order holds even with several instances. Rows are
 * deleted only after the broker acknowledged them ({@code acks=all}, idempotent producer); if the
 * broker is down the batch is retried with backoff and consumers drop the rare duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0_7e1a_0b0eL;
    private static final int BATCH = 500;

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final KafkaSettings kafka;
    private final MeterRegistry metrics;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private volatile long backoffMillis;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, KafkaSettings kafka, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafka = kafka;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        producer = new KafkaProducer<>(kafka.producerProperties("outbox-relay"));
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            signal.release();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** Called after a transaction that wrote to the outbox committed: relay without waiting for the poll. */
    public void wakeUp() {
        signal.release();
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(backoffMillis > 0 ? backoffMillis : config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                int relayed;
                do {
                    relayed = relayBatch();
                } while (relayed == BATCH && running);
                backoffMillis = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                backoffMillis = Math.min(Math.max(backoffMillis * 2, 200), config.maxBackoff().toMillis());
                LOG.warnf("Outbox relay paused %d ms: %s", backoffMillis, e.getMessage());
            }
        }
    }

    /** @return how many rows were relayed (0 when another instance holds the relay lock). */
    int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int relayed = relayLocked(connection);
                connection.commit();
                return relayed;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int relayLocked(Connection connection) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, event_id, topic, message_key, event_type, payload, request_id FROM outbox_message ORDER BY id LIMIT " + BATCH);
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                ProducerRecord<String, String> record = new ProducerRecord<>(rs.getString(3), rs.getString(4), rs.getString(6));
                header(record, "event-id", rs.getString(2));
                header(record, "event-type", rs.getString(5));
                header(record, "x-request-id", rs.getString(7));
                acks.add(producer.send(record));
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        delete(connection, ids);
        metrics.counter("care.outbox.relayed").increment(ids.size());
        return ids.size();
    }

    private static void delete(Connection connection, List<Long> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_message WHERE id = ANY(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
