package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A ticket's clock for one stage passed its due time; published once per ticket and stage. */
public record TicketSlaBreached(
        UUID eventId,
        Instant occurredAt,
        int version,
        @EventField(required = true) String ticketId,
        @EventField(required = true, values = {"regional-company", "it-centre", "total"}) String stage,
        @EventField(required = true) Instant dueAt,
        @EventField(minimum = 1, maximum = 4) int level,
        @EventField(required = true, values = {"FRONT_LINE", "PRODUCT_ROOM", "IT_CENTRE", "SPECIALISED_UNITS"}) String tier) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return ticketId;
    }
}
