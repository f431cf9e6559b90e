package vn.mobifone.care.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.mobifone.care.contracts.events.CareEvent;

/**
 * How an event is written for the topic: its JSON and its type name. One form whether the event was
 * recorded in the writer's transaction or built by an {@link OutboxExpansion} while relayed.
 */
@ApplicationScoped
class EventRecord {

    private final ObjectMapper json;

    EventRecord(ObjectMapper json) {
        this.json = json;
    }

    String payload(CareEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + type(event) + " cannot be serialised", e);
        }
    }

    static String type(CareEvent event) {
        return event.getClass().getSimpleName();
    }
}
