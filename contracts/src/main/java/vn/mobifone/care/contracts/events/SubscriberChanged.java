package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The projection of a subscriber that other services keep (campaign targeting, consultation).
 * Published on every change; the topic is compacted, so the latest value per MSISDN survives.
 */
public record SubscriberChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        String msisdn,
        String paymentType,
        String status,
        String category,
        String deviceType,
        boolean appInstalled,
        LocalDate appInstalledOn,
        long arpuVnd,
        long loyaltyPoints,
        String loyaltyTier,
        String currentPackage,
        boolean sim4g,
        int vlrDaysLast7,
        String province,
        String district,
        String occupationCode,
        double churnRisk,
        boolean premium,
        boolean decree49Complete) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
