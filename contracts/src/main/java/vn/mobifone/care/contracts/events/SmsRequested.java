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
        @EventField(required = true, maxLength = 100, description = "Makes a resend harmless: the gateway answers it with the message it already accepted") String idempotencyKey,
        String msisdn,
        @EventField(required = true, pattern = "^[a-z0-9][a-z0-9-]{2,63}$") String templateId,
        @EventField(description = "The template's placeholders by name; each value at most 500 characters") Map<String, String> parameters,
        @EventField(required = true, values = {"SMS", "ZALO"}) String channel,
        @EventField(maxLength = 64) String campaignId,
        @EventField(required = true, values = {"CARE", "TRANSACTIONAL", "ADVERTISING"}) String category,
        @EventField(minimum = 0, maximum = 9, description = "9 goes first; 5 when absent") Integer priority,
        Instant scheduledAt,
        @EventField(minimum = 1, maximum = 10_080, description = "How long after its earliest send time the message may still go out; the gateway's default when absent") Integer validityMinutes) implements CareEvent {

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
