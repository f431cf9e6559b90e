package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Command to the SMS gateway. {@code idempotencyKey} makes a resend of the command harmless:
 * the gateway answers it with the message it already accepted. {@code category} is CARE,
 * TRANSACTIONAL or ADVERTISING; {@code channel} SMS or ZALO; {@code priority} 0-9 (9 first);
 * {@code validityMinutes} how long after its earliest send time the message may still go out.
 */
public record SmsRequested(
        UUID eventId,
        Instant occurredAt,
        int version,
        String idempotencyKey,
        String msisdn,
        String templateId,
        Map<String, String> parameters,
        String channel,
        String campaignId,
        String category,
        Integer priority,
        Instant scheduledAt,
        Integer validityMinutes) implements CareEvent {

    public static final int VERSION = 1;

    /** Without a validity: the gateway applies its default. */
    public SmsRequested(UUID eventId, Instant occurredAt, int version, String idempotencyKey, String msisdn, String templateId,
            Map<String, String> parameters, String channel, String campaignId, String category, Integer priority, Instant scheduledAt) {
        this(eventId, occurredAt, version, idempotencyKey, msisdn, templateId, parameters, channel, campaignId, category, priority,
                scheduledAt, null);
    }

    @Override
    public String key() {
        return msisdn;
    }
}
