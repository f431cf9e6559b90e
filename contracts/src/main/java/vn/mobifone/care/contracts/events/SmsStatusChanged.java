package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A message moved to a new state: ACCEPTED (waiting for its time or the advertising window),
 * QUEUED, SUBMITTED, DELIVERED, FAILED, EXPIRED or REJECTED; {@code reason} says why for the last
 * four (e.g. {@code cap-exceeded}, {@code opted-out}, {@code smsc-status-0x0000000b}).
 */
public record SmsStatusChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID messageId,
        String idempotencyKey,
        String msisdn,
        String campaignId,
        String channel,
        String status,
        String reason) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
