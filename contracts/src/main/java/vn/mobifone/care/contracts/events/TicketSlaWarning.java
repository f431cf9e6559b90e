package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A ticket's clock for one stage crossed its warning threshold; published once per ticket and stage. */
public record TicketSlaWarning(
        UUID eventId,
        Instant occurredAt,
        int version,
        @EventField(required = true) String ticketId,
        @EventField(required = true, values = {"regional-company", "it-centre", "total"}) String stage,
        @EventField(required = true) Instant dueAt,
        int thresholdPercent) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return ticketId;
    }
}
