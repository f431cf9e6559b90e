package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A support ticket changed state, tier or level. */
public record TicketStatusChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        @EventField(required = true) String ticketId,
        @EventField(required = true, values = {"NEW", "CLASSIFIED", "IN_PROGRESS", "WAITING_FOR_CUSTOMER", "RESOLVED", "ANSWERED_TO_CUSTOMER", "CLOSED", "REOPENED"}) String state,
        @EventField(required = true, values = {"FRONT_LINE", "PRODUCT_ROOM", "IT_CENTRE", "SPECIALISED_UNITS"}) String tier,
        @EventField(minimum = 1, maximum = 4) int level,
        @EventField(required = true) String actor) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return ticketId;
    }
}
