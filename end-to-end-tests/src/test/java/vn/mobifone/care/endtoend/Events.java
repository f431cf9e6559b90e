package vn.mobifone.care.endtoend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.mobifone.care.contracts.events.CareEvent;
import vn.mobifone.care.devstack.testing.KafkaProbe;

/** The event records of {@code contracts} as JSON on the wire, written like the services write them. */
final class Events {

    static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    /** Produces an event keyed as the catalogue says, as its producer would. */
    static void send(String topic, CareEvent event) {
        KafkaProbe.send(topic, event.key(), json(event));
    }

    static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record on {@code topic} whose JSON field {@code field} has {@code value}. */
    static Predicate<ConsumerRecord<String, String>> on(String topic, String field, String value) {
        return r -> r.topic().equals(topic) && value.equals(read(r).path(field).asText(null));
    }
}
