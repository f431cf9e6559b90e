package vn.mobifone.care.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.kafka.KafkaSettings;

/**
 * Parks one record of a batch on its topic's dead-letter topic, with the headers the connector's
 * own dead-letter strategy writes. A consumer taking a whole poll at once uses this for the records
 * it cannot process, since failing the batch would park its good records too. The record is on
 * the dead-letter topic before this returns, so the batch's offsets may be committed after it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaSettings kafka;
    private KafkaProducer<String, String> producer;

    public DeadLetters(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    public void park(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> parked = new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(), record.value());
        parked.headers().add("dead-letter-reason", bytes(reason));
        parked.headers().add("dead-letter-topic", bytes(record.topic()));
        parked.headers().add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        parked.headers().add("dead-letter-offset", bytes(Long.toString(record.offset())));
        try {
            producer().send(parked).get(10, TimeUnit.SECONDS);
            LOG.warnf("Parked %s-%d@%d (key %s) on the dead-letter topic: %s", record.topic(), record.partition(), record.offset(),
                    record.key(), reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking a record on the dead-letter topic", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The dead-letter topic of " + record.topic() + " did not take a record", e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(kafka.producerProperties("dead-letters"));
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }

    private static byte[] bytes(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
}
