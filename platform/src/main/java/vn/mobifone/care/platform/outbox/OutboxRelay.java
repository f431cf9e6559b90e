package vn.mobifone.care.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.mobifone.care.contracts.events.CareEvent;
import vn.mobifone.care.platform.kafka.KafkaSettings;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.work.BackgroundWorker;
import vn.mobifone.care.platform.work.Backoff;
import vn.mobifone.care.platform.work.DaemonThreads;

/**
 * Moves committed outbox rows to Kafka in id order. One relay at a time per database (a
 * transaction-scoped advisory lock), so per-key order holds even with several instances. Rows are
 * deleted only after the broker acknowledged them ({@code acks=all}, idempotent producer); if the
 * broker is down the batch is retried with backoff and consumers drop the rare duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final long RELAY_LOCK = 0x0_7e1a_0b0eL;

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final KafkaSettings kafka;
    private final MeterRegistry metrics;
    private final EventRecord records;
    private final Map<String, OutboxExpansion> expansions;
    private volatile BackgroundWorker worker;
    private KafkaProducer<String, byte[]> producer;
    /** Reads and writes the next batch of an expansion while the one before it is on its way to the broker. */
    private ExecutorService readAhead;
    private Ahead ahead;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, KafkaSettings kafka, MeterRegistry metrics, EventRecord records,
            @Any Instance<OutboxExpansion> expansions) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafka = kafka;
        this.metrics = metrics;
        this.records = records;
        this.expansions = expansions.stream().collect(Collectors.toMap(OutboxExpansion::name, e -> e));
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        Properties properties = kafka.producerProperties("outbox-relay");
        // The relay sends thousands of records per flush after a bulk write (an import announces a
        // whole base): larger producer batches cut the broker's requests, the time it spends per record.
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        // The events of a bulk write repeat most of their field names and values: compressed they are
        // a fraction of the bytes for the broker to receive, write and replicate. zstd, which every
        // broker reads (the suite's own test broker carries no lz4).
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // Payloads go as the bytes the relay has: an expanded event is written by Jackson straight to
        // UTF-8, not to a String the producer would encode a second time.
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(properties);
        readAhead = Executors.newSingleThreadExecutor(DaemonThreads.named("outbox-relay-read-ahead", false));
        // A failed drain (the broker or the database away) is retried from 200 ms, doubling up to the maximum.
        worker = BackgroundWorker.named("outbox-relay").interval(config.pollInterval())
                .backoff(new Backoff(Duration.ofMillis(200), config.maxBackoff())).metrics(metrics)
                .create(() -> {
                    drain();
                    return false;
                });
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.close();
            readAhead.shutdownNow();
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Whether the relay is on: started, and not told to stop. */
    private boolean running() {
        return worker != null && worker.running();
    }

    /** Called after a transaction that wrote to the outbox committed: relay without waiting for the poll. */
    public void wakeUp() {
        if (worker != null) {
            worker.wakeUp();
        }
    }

    // A local transaction that wrote no event costs the relay one empty look at the outbox.
    void afterLocalCommit(@Observes LocalTransaction.LocalCommit commit) {
        wakeUp();
    }

    /**
     * Relays batches until the outbox is empty. Within one drain each batch starts after the last id
     * relayed, so the scan never walks back over the index entries of rows it has just deleted (after
     * a million-row import, restarting from the lowest id made every batch slower than the last). A row
     * whose transaction took an id below that point but committed later is found by the next drain,
     * which starts from the lowest id again.
     */
    void drain() throws Exception {
        long after = 0;
        while (running()) {
            long last = relayBatch(after);
            if (last < 0) {
                return;
            }
            after = last;
        }
    }

    /** @return the last id relayed, or -1 when nothing was (outbox empty, or another instance holds the relay lock). */
    long relayBatch(long after) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long last = relayLocked(connection, after);
                connection.commit();
                return last;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private long relayLocked(Connection connection, long after) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return -1;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, event_id, topic, message_key, event_type, payload, request_id, expansion, expanded_to"
                        + " FROM outbox_message WHERE id > ? ORDER BY id LIMIT ?")) {
            select.setLong(1, after);
            select.setInt(2, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String expansion = rs.getString(8);
                    if (expansion != null) {
                        if (!ids.isEmpty()) {
                            break; // the rows before the reference leave first; the next batch starts at it
                        }
                        return expandLocked(connection, rs.getLong(1), expansion,
                                new OutboxExpansion.Reference(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(6)),
                                rs.getString(7), rs.getString(9));
                    }
                    ids.add(rs.getLong(1));
                    acks.add(producer.send(record(rs.getString(3), rs.getString(4), rs.getString(6).getBytes(StandardCharsets.UTF_8),
                            rs.getString(2), rs.getString(5), rs.getString(7))));
                }
            }
        }
        if (ids.isEmpty()) {
            return -1;
        }
        awaitAcks(acks);
        delete(connection, ids);
        metrics.counter("care.outbox.relayed").increment(ids.size());
        return ids.get(ids.size() - 1);
    }

    /**
     * Sends the next batch of the events a reference row stands for and records how far it got, or
     * deletes the row once its expansion is exhausted. A stop between batches resumes from the
     * recorded position; a batch sent but not recorded is sent again.
     *
     * <p>While a batch travels to the broker and is acknowledged, the next one is read and written
     * on a second thread and connection ({@link Ahead}): the relay otherwise leaves the database
     * idle while it waits for the broker and the broker idle while it reads, and a million-event
     * reference spends most of its time in those two waits.
     *
     * @return the id to continue after: the row's own once it is done, the one before it while not
     */
    private long expandLocked(Connection connection, long id, String name, OutboxExpansion.Reference reference, String requestId,
            String position) throws Exception {
        OutboxExpansion expansion = expansions.get(name);
        if (expansion == null) {
            throw new IllegalStateException("No outbox expansion named " + name + " for row " + id);
        }
        int limit = config.expansionBatchSize();
        Prepared batch;
        try {
            batch = takeAhead(id, position);
            if (batch == null) {
                batch = prepare(connection, expansion, reference, position, limit);
            }
        } catch (Exception e) {
            dropAhead();
            throw e;
        }
        boolean done = batch.events().size() < limit;
        if (!done) {
            readAhead(id, expansion, reference, batch.position(), limit);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.events().size());
        for (Prepared.Event event : batch.events()) {
            acks.add(producer.send(record(reference.topic(), event.key(), event.payload(), event.eventId(), event.type(), requestId)));
        }
        try {
            awaitAcks(acks);
        } catch (Exception e) {
            dropAhead();
            throw e;
        }
        try (PreparedStatement update = connection.prepareStatement(done ? "DELETE FROM outbox_message WHERE id = ?"
                : "UPDATE outbox_message SET expanded_to = ? WHERE id = ?")) {
            if (done) {
                update.setLong(1, id);
            } else {
                update.setString(1, batch.position());
                update.setLong(2, id);
            }
            update.executeUpdate();
        }
        metrics.counter("care.outbox.relayed").increment(batch.events().size());
        return done ? id : id - 1;
    }

    /** A batch of an expansion, written as it goes to the broker, and the position after it. */
    private record Prepared(List<Event> events, String position) {
        record Event(String key, byte[] payload, String eventId, String type) {
        }
    }

    /** The batch being read ahead: for the reference row {@code id}, starting after {@code position}. */
    private record Ahead(long id, String position, Future<Prepared> batch) {
    }

    private Prepared prepare(Connection connection, OutboxExpansion expansion, OutboxExpansion.Reference reference, String position,
            int limit) throws SQLException {
        OutboxExpansion.Batch batch = expansion.next(connection, reference, position, limit);
        List<Prepared.Event> events = new ArrayList<>(batch.events().size());
        for (CareEvent event : batch.events()) {
            events.add(new Prepared.Event(event.key(), records.bytes(event), event.eventId().toString(), EventRecord.type(event)));
        }
        return new Prepared(events, batch.position());
    }

    private void readAhead(long id, OutboxExpansion expansion, OutboxExpansion.Reference reference, String position, int limit) {
        ahead = new Ahead(id, position, CompletableFuture.supplyAsync(() -> {
            // Outside the relay's transaction: the rows are read as they are, as the relay itself
            // would read them a moment later; only what the broker acknowledged is ever recorded.
            try (Connection own = dataSource.getConnection()) {
                return prepare(own, expansion, reference, position, limit);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading ahead of outbox row " + id + " failed: " + e.getMessage(), e);
            }
        }, readAhead));
    }

    /** The batch read ahead for this row and position, or null when none was (or it was for another). */
    private Prepared takeAhead(long id, String position) throws Exception {
        Ahead taken = ahead;
        ahead = null;
        if (taken == null) {
            return null;
        }
        if (taken.id() != id || !taken.position().equals(position)) {
            taken.batch().cancel(true);
            return null;
        }
        try {
            return taken.batch().get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void dropAhead() {
        if (ahead != null) {
            ahead.batch().cancel(true);
            ahead = null;
        }
    }

    private void awaitAcks(List<Future<RecordMetadata>> acks) throws Exception {
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] payload, String eventId, String eventType,
            String requestId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        header(record, "event-id", eventId);
        header(record, "event-type", eventType);
        header(record, "x-request-id", requestId);
        return record;
    }

    private static void delete(Connection connection, List<Long> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_message WHERE id = ANY(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
