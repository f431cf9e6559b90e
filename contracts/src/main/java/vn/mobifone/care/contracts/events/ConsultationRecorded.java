package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An agent recorded an app-install consultation; the channel lock starts at {@code occurredAt}. */
public record ConsultationRecorded(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID consultationId,
        String msisdn,
        String channel,
        String agentId,
        String outcome) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
