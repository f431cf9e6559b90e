package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An agent recorded an app-install consultation; the channel lock starts at {@code occurredAt}. */
public record ConsultationRecorded(
        UUID eventId,
        Instant occurredAt,
        int version,
        @EventField(required = true) UUID consultationId,
        String msisdn,
        @EventField(required = true, values = {"SMS", "WEB"}) String channel,
        @EventField(required = true) String agentId,
        @EventField(required = true) String outcome) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
