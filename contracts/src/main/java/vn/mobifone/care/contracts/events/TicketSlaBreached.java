package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A ticket's clock for one stage passed its due time; published once per ticket and stage. */
public record TicketSlaBreached(
        UUID eventId,
        Instant occurredAt,
        int version,
        String ticketId,
        String stage,
        Instant dueAt,
        int level,
        String tier) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return ticketId;
    }
}
