package vn.mobifone.care.subscriberlookup.importing;

import java.time.LocalDate;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.PaymentType;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberStatus;

/** One row of the billing system's subscriber export, validated; field order is the CSV column order. */
public record SubscriberRecord(
        String msisdn,
        String ownerName,
        PaymentType paymentType,
        SubscriberStatus status,
        SubscriberCategory category,
        DeviceType deviceType,
        LocalDate appInstalledOn,
        long arpuVnd,
        long loyaltyPoints,
        String kndlTier,
        String currentPackage,
        long mainBalanceVnd,
        boolean sim4g,
        int vlrDaysLast7,
        String province,
        String district,
        String ward,
        Integer occupationCode,
        double churnRisk,
        String commitmentType,
        String company,
        boolean premium,
        String idDocumentNumber,
        boolean hasPortrait,
        boolean hasIdFront,
        boolean hasIdBack,
        boolean idNameMatchesOwner) {
}
