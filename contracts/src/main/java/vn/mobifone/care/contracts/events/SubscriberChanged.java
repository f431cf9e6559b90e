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
 *
 * <p>Version 3 spells three concepts as the lookup's REST answers do: {@code kndlTier} (the
 * loyalty tier, {@code loyaltyTier} before), {@code occupation} with its integer {@code code} and
 * name (a text {@code occupationCode} before) and {@code portedOut} ({@code mnpOut} before). The
 * old fields are still written with the same values, so readers of versions 1 and 2 keep working;
 * a version-3 reader takes the new ones and falls back to the old ones for an older event.
 */
public record SubscriberChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        String msisdn,
        @EventField(required = true, values = {"PREPAID", "POSTPAID"}) String paymentType,
        @EventField(required = true, values = {"ACTIVE_2C", "ONE_WAY_BLOCKED", "BLOCKED", "CANCELLED"}) String status,
        @EventField(required = true, values = {"NORMAL", "OFFICIAL", "BUSINESS", "TEST_SIM"}) String category,
        @EventField(required = true, values = {"SMARTPHONE", "FEATURE_PHONE"}) String deviceType,
        boolean appInstalled,
        LocalDate appInstalledOn,
        long arpuVnd,
        long loyaltyPoints,
        @EventField(deprecated = true, description = "Read kndlTier from version 3") String loyaltyTier,
        String currentPackage,
        boolean sim4g,
        int vlrDaysLast7,
        String province,
        String district,
        @EventField(deprecated = true, description = "The occupation's code as text; read occupation from version 3") String occupationCode,
        double churnRisk,
        boolean premium,
        boolean decree49Complete,
        // version 2
        String ownerName,
        String ward,
        long mainBalanceVnd,
        boolean twoWayActive,
        @EventField(values = {"STANDARDISED", "CCCD_NOT_UPDATED", "WRONG_OWNER_NAME"}, description = "From version 2")
        String identityState,
        boolean kndlMember,
        boolean joinedPointsProgramme2022,
        List<String> mvasUnusedTwoMonths,
        @EventField(deprecated = true, description = "Porting out to another network; read portedOut from version 3") boolean mnpOut,
        // version 3
        @EventField(description = "The KNDL loyalty tier, as the lookup answers it; loyaltyTier before version 3") String kndlTier,
        @EventField(description = "The occupation of the catalogue, as the lookup answers it; occupationCode before version 3")
        Occupation occupation,
        @EventField(description = "Porting out to another network, as the lookup answers it") boolean portedOut) implements CareEvent {

    public static final int VERSION = 3;

    /** An occupation of the 18-code catalogue: {@code code} 1–18 and its name, e.g. {@code 4} {@code STUDENT}. */
    public record Occupation(@EventField(minimum = 1, maximum = 18) int code, @EventField(required = true) String name) {
    }

    /** A version-1 event, as producers that know only its fields write it. */
    public SubscriberChanged(UUID eventId, Instant occurredAt, int version, String msisdn, String paymentType, String status,
            String category, String deviceType, boolean appInstalled, LocalDate appInstalledOn, long arpuVnd, long loyaltyPoints,
            String loyaltyTier, String currentPackage, boolean sim4g, int vlrDaysLast7, String province, String district,
            String occupationCode, double churnRisk, boolean premium, boolean decree49Complete) {
        this(eventId, occurredAt, version, msisdn, paymentType, status, category, deviceType, appInstalled, appInstalledOn, arpuVnd,
                loyaltyPoints, loyaltyTier, currentPackage, sim4g, vlrDaysLast7, province, district, occupationCode, churnRisk,
                premium, decree49Complete, null, null, 0, false, null, false, false, List.of(), false, null, null, false);
    }

    /** A version-2 event, as producers that know only the fields up to {@code mnpOut} write it. */
    public SubscriberChanged(UUID eventId, Instant occurredAt, int version, String msisdn, String paymentType, String status,
            String category, String deviceType, boolean appInstalled, LocalDate appInstalledOn, long arpuVnd, long loyaltyPoints,
            String loyaltyTier, String currentPackage, boolean sim4g, int vlrDaysLast7, String province, String district,
            String occupationCode, double churnRisk, boolean premium, boolean decree49Complete, String ownerName, String ward,
            long mainBalanceVnd, boolean twoWayActive, String identityState, boolean kndlMember, boolean joinedPointsProgramme2022,
            List<String> mvasUnusedTwoMonths, boolean mnpOut) {
        this(eventId, occurredAt, version, msisdn, paymentType, status, category, deviceType, appInstalled, appInstalledOn, arpuVnd,
                loyaltyPoints, loyaltyTier, currentPackage, sim4g, vlrDaysLast7, province, district, occupationCode, churnRisk,
                premium, decree49Complete, ownerName, ward, mainBalanceVnd, twoWayActive, identityState, kndlMember,
                joinedPointsProgramme2022, mvasUnusedTwoMonths, mnpOut, null, null, false);
    }

    /** The loyalty tier, from the field of the event's version. */
    public String tier() {
        return version >= 3 ? kndlTier : loyaltyTier;
    }

    /** Whether the subscriber ports out, from the field of the event's version. */
    public boolean portingOut() {
        return version >= 3 ? portedOut : mnpOut;
    }

    public SubscriberChanged {
        mvasUnusedTwoMonths = mvasUnusedTwoMonths == null ? List.of() : List.copyOf(mvasUnusedTwoMonths);
    }

    @Override
    public String key() {
        return msisdn;
    }
}
