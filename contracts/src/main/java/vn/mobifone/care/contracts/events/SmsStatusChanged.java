package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A message moved to a new state (QUEUED, SUBMITTED, DELIVERED, FAILED, EXPIRED, REJECTED). */
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
