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
        @EventField(required = true) UUID messageId,
        @EventField(required = true) String idempotencyKey,
        String msisdn,
        String campaignId,
        @EventField(required = true, values = {"SMS", "ZALO"}) String channel,
        @EventField(required = true, values = {"ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED", "FAILED", "EXPIRED", "REJECTED"}) String status,
        String reason) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
