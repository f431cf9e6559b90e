package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Command to the SMS gateway. {@code idempotencyKey} makes a resend of the command harmless:
 * the gateway answers it with the message it already accepted.
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
        Instant scheduledAt) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
