package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A support ticket changed state, tier or level. */
public record TicketStatusChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        String ticketId,
        String state,
        String tier,
        int level,
        String actor) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return ticketId;
    }
}
