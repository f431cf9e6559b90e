package vn.mobifone.care.platform.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.mobifone.care.contracts.events.CareEvent;

/**
 * Reads an event from a record value. Anything unreadable, or without the envelope every event
 * carries, is a {@link PoisonMessage}: retrying it can never succeed, so the channel's
 * dead-letter strategy parks it on {@code <topic>.dlt} and the partition moves on.
 */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper json;

    public EventReader(ObjectMapper json) {
        // Tolerant reader: producers may add fields in a later version without breaking consumers.
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public <T extends CareEvent> T read(String value, Class<T> type) {
        T event;
        try {
            event = json.readValue(value, type);
        } catch (Exception e) {
            throw new PoisonMessage("Unreadable " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (event == null || event.eventId() == null || event.key() == null) {
            throw new PoisonMessage(type.getSimpleName() + " without eventId or key", null);
        }
        return event;
    }
}
