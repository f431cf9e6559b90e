package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The projection of a subscriber that other services keep (campaign targeting, consultation).
 * Published on every change; the topic is compacted, so the latest value per MSISDN survives.
 *
 * <p>Version 2 appends what outbound campaigns target and script on; the fields of version 1 keep
 * their names and meaning, so a version-1 reader (tolerant of unknown fields) reads a version-2
 * event unchanged, and a version-2 reader of a version-1 event sees the appended fields empty
 * ({@code null}, {@code false}, 0), and tells them apart by {@code version}.
 * {@code identityState} is {@code STANDARDISED}, {@code CCCD_NOT_UPDATED} (right owner, the old
 * CMND or no document on file) or {@code WRONG_OWNER_NAME}.
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
        boolean decree49Complete,
        // version 2
        String ownerName,
        String ward,
        long mainBalanceVnd,
        boolean twoWayActive,
        String identityState,
        boolean kndlMember,
        boolean joinedPointsProgramme2022,
        List<String> mvasUnusedTwoMonths,
        boolean mnpOut) implements CareEvent {

    public static final int VERSION = 2;

    /** A version-1 event, as producers that know only its fields write it. */
    public SubscriberChanged(UUID eventId, Instant occurredAt, int version, String msisdn, String paymentType, String status,
            String category, String deviceType, boolean appInstalled, LocalDate appInstalledOn, long arpuVnd, long loyaltyPoints,
            String loyaltyTier, String currentPackage, boolean sim4g, int vlrDaysLast7, String province, String district,
            String occupationCode, double churnRisk, boolean premium, boolean decree49Complete) {
        this(eventId, occurredAt, version, msisdn, paymentType, status, category, deviceType, appInstalled, appInstalledOn, arpuVnd,
                loyaltyPoints, loyaltyTier, currentPackage, sim4g, vlrDaysLast7, province, district, occupationCode, churnRisk,
                premium, decree49Complete, null, null, 0, false, null, false, false, List.of(), false);
    }

    public SubscriberChanged {
        mvasUnusedTwoMonths = mvasUnusedTwoMonths == null ? List.of() : List.copyOf(mvasUnusedTwoMonths);
    }

    @Override
    public String key() {
        return msisdn;
    }
}
