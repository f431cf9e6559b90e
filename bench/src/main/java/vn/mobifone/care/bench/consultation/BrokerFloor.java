package vn.mobifone.care.bench.consultation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's own produce→consume latency at a given rate, on the same broker and machine as the
 * services: the floor under any end-to-end figure that crosses Kafka (the consultation's path
 * crosses it once, {@code sms-requested}). Records of the size of an {@code sms-requested} event,
 * acknowledged by the broker as the outbox relay's are; each carries its send time.
 */
final class BrokerFloor {

    private static final String TOPIC = "bench-floor";
    private static final String PADDING = "x".repeat(400);

    private final String bootstrap;

    BrokerFloor(String bootstrap) throws Exception {
        this.bootstrap = bootstrap;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        }
    }

    Latency.Summary run(String name, double perSecond, Duration duration) throws Exception {
        Latency latency = new Latency();
        AtomicLong sent = new AtomicLong();
        AtomicLong received = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig());
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            consumer.subscribe(List.of(TOPIC));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            Thread producerThread = new Thread(() -> {
                long interval = (long) (1e9 / perSecond);
                long due = System.nanoTime();
                long deadline = due + duration.toNanos();
                while (due < deadline) {
                    LockSupport.parkNanos(due - System.nanoTime());
                    long n = sent.getAndIncrement();
                    producer.send(new ProducerRecord<>(TOPIC, "849" + (n % 1000), due + "|" + PADDING));
                    due += interval;
                }
                sending.set(false);
            }, "floor-producer");
            long started = System.nanoTime();
            producerThread.start();
            long quietSince = 0;
            while (sending.get() || received.get() < sent.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    long due = Long.parseLong(record.value().substring(0, record.value().indexOf('|')));
                    latency.add((System.nanoTime() - due) / 1000);
                    received.incrementAndGet();
                }
                if (!sending.get()) {
                    quietSince = quietSince == 0 ? System.nanoTime() : quietSince;
                    if (System.nanoTime() - quietSince > Duration.ofSeconds(30).toNanos()) {
                        break;
                    }
                }
            }
            producerThread.join();
            return latency.summary(name, (System.nanoTime() - started) / 1e9, sent.get() - received.get());
        }
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    private Properties consumerConfig() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-floor-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }
}
