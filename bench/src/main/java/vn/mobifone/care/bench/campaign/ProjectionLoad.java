package vn.mobifone.care.bench.campaign;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The projection loaded from {@code subscriber-changed}, as after a replay: the events are on the
 * topic before the service starts, so the service's rate (rows in the table over time, from the
 * first row to the last) is its own, not the producer's; beside it a bare consumer reading the same
 * records from the topic's start, the ceiling of any consumer on this broker.
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

    /** Creates the topic as the service would (compacted) and fills it; @return produce rate and bare-consumer rate */
    double[] fill(long events) throws Exception {
        Properties admin = new Properties();
        admin.put("bootstrap.servers", bootstrap);
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1).configs(Map.of("cleanup.policy", "compact")))).all().get();
        }
        long started = System.nanoTime();
        produce(events);
        return new double[] {rate(events, started), rawConsumerRate(events)};
    }

    /** Waits until the service that just started has projected every event; its rate from the first row to the last. */
    Figures awaitProjected(long events, double[] filled, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long first = 0;
        long rows;
        while ((rows = projected()) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the projection holds " + rows + " of " + events + " rows after " + timeout);
            }
            if (first == 0 && rows > 0) {
                first = System.nanoTime();
            }
            Thread.sleep(50);
        }
        return new Figures(events, filled[0], rate(events, first == 0 ? System.nanoTime() - 1 : first), filled[1]);
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
            consumer.subscribe(List.of(TOPIC));
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
