package vn.mobifone.care.bench.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's floor for an import's announcements: a bare producer with the relay's settings
 * (acks=all, idempotent, zstd, 256 kB batches) sending as many records as the import announced,
 * made of the import's own {@code subscriber-changed} payloads, already written. No database read and
 * no JSON: the least any service on this machine pays to hand a base's events to this broker.
 */
final class AnnouncementFloor {

    private static final int SAMPLE = 20_000;

    private AnnouncementFloor() {
    }

    /** @return the seconds from the first send until the broker acknowledged all {@code records} */
    static double seconds(String bootstrap, String sourceTopic, long records) {
        List<ConsumerRecord<String, byte[]>> sample = sample(bootstrap, sourceTopic);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        String topic = "bench-announcement-floor";
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", new byte[0]));
            producer.flush();
            long t0 = System.nanoTime();
            for (long i = 0; i < records; i++) {
                ConsumerRecord<String, byte[]> r = sample.get((int) (i % sample.size()));
                ProducerRecord<String, byte[]> out = new ProducerRecord<>(topic, r.key(), r.value());
                r.headers().forEach(h -> out.headers().add(h));
                producer.send(out);
            }
            producer.flush();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static List<ConsumerRecord<String, byte[]>> sample(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-floor-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> sample = new ArrayList<>(SAMPLE);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (sample.size() < SAMPLE && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (sample.size() < SAMPLE) {
                        sample.add(r);
                    }
                }
            }
        }
        if (sample.isEmpty()) {
            throw new IllegalStateException("No " + topic + " record to sample");
        }
        System.out.printf("Sampled %,d %s records, %,d bytes each on average%n", sample.size(), topic,
                sample.stream().mapToLong(r -> r.value().length).sum() / sample.size());
        return sample;
    }
}
