package vn.mobifone.care.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import vn.mobifone.care.contracts.events.CareEvent;

/**
 * How an event is written for the topic: its JSON and its type name. One form whether the event was
 * recorded in the writer's transaction or built by an {@link OutboxExpansion} while relayed.
 */
// A singleton, not application-scoped: the relay calls it once per event, a million times for an
// import, and needs no client proxy in between.
@Singleton
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

    /** The same JSON as {@link #payload}, as the UTF-8 bytes that go to the broker. */
    byte[] bytes(CareEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + type(event) + " cannot be serialised", e);
        }
    }

    static String type(CareEvent event) {
        return event.getClass().getSimpleName();
    }
}
