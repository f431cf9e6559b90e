package vn.mobifone.care.subscriberlookup.importing;

import java.time.LocalDate;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.PaymentType;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberStatus;

/**
 * One row of the billing system's subscriber export, validated; field order is the CSV column order.
 * {@code mvasUnusedTwoMonths} lists the mVAS service codes without usage for 2 months, separated by
 * {@code ;} (empty: none).
 */
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
        boolean idNameMatchesOwner,
        boolean joinedPointsProgramme2022,
        String mvasUnusedTwoMonths,
        boolean mnpOut) {

    /** A row of an export without the campaign columns: not in the 2022 programme, no unused mVAS, not ported out. */
    public SubscriberRecord(String msisdn, String ownerName, PaymentType paymentType, SubscriberStatus status, SubscriberCategory category,
            DeviceType deviceType, LocalDate appInstalledOn, long arpuVnd, long loyaltyPoints, String kndlTier, String currentPackage,
            long mainBalanceVnd, boolean sim4g, int vlrDaysLast7, String province, String district, String ward, Integer occupationCode,
            double churnRisk, String commitmentType, String company, boolean premium, String idDocumentNumber, boolean hasPortrait,
            boolean hasIdFront, boolean hasIdBack, boolean idNameMatchesOwner) {
        this(msisdn, ownerName, paymentType, status, category, deviceType, appInstalledOn, arpuVnd, loyaltyPoints, kndlTier,
                currentPackage, mainBalanceVnd, sim4g, vlrDaysLast7, province, district, ward, occupationCode, churnRisk, commitmentType,
                company, premium, idDocumentNumber, hasPortrait, hasIdFront, hasIdBack, idNameMatchesOwner, false, "", false);
    }
}
