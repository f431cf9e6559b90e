package vn.mobifone.care.bench.campaign;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The projection loaded from {@code subscriber-changed}: events are produced while the service is
 * consuming, and its rate (rows in the table over time) is set beside a bare consumer reading the
 * same records from the topic's start, the ceiling of any consumer on this broker.
 */
final class ProjectionLoad {

    static final String TOPIC = "subscriber-changed";

    record Figures(long events, double produceRate, double serviceRate, double rawRate) {
    }

    private final String bootstrap;
    private final Connection db;

    ProjectionLoad(String bootstrap, Connection db) {
        this.bootstrap = bootstrap;
        this.db = db;
    }

    Figures measure(long events, Duration timeout) throws Exception {
        long before = projected();
        long started = System.nanoTime();
        produce(events);
        double produced = rate(events, started);
        long target = before + events;
        long deadline = started + timeout.toNanos();
        while (projected() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the projection holds " + projected() + " of " + target + " rows after " + timeout);
            }
            Thread.sleep(100);
        }
        double service = rate(events, started);
        return new Figures(events, produced, service, rawConsumerRate(events));
    }

    private void produce(long events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Instant at = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (long i = 1; i <= events; i++) {
                producer.send(new ProducerRecord<>(TOPIC, SyntheticBase.msisdn(i), SyntheticBase.event(i, at)));
            }
            producer.flush();
        }
    }

    /** A consumer of a new group reading every record from the start, doing nothing with them. */
    private double rawConsumerRate(long events) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(java.util.List.of(TOPIC));
            long read = 0;
            long started = 0;
            while (read < events) {
                int polled = consumer.poll(Duration.ofMillis(200)).count();
                if (polled > 0 && started == 0) {
                    started = System.nanoTime();
                }
                read += polled;
            }
            return rate(read, started);
        }
    }

    private long projected() throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM subscriber")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double rate(long count, long startedNanos) {
        return count / ((System.nanoTime() - startedNanos) / 1e9);
    }
}
