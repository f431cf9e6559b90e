package vn.mobifone.care.subscriberlookup.lookup;

import java.util.OptionalLong;
import vn.mobifone.care.subscriberlookup.occupation.Occupation;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.Network;
import vn.mobifone.care.subscriberlookup.subscriber.PaymentType;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberStatus;

/**
 * The subscriber record as a role may see it ({@link PersonalDataMask}): a field the role may not
 * see is present and null. {@code mainBalanceVnd} is an {@link OptionalLong} for that reason: the
 * build-time JSON writer leaves a null {@code Long} out altogether, while an empty optional is
 * written as null like every other withheld field.
 */
public record SubscriberProfile(
        String ownerName,
        PaymentType paymentType,
        SubscriberStatus status,
        SubscriberCategory category,
        DeviceType deviceType,
        long arpuVnd,
        long loyaltyPoints,
        boolean kndlMember,
        String kndlTier,
        String currentPackage,
        OptionalLong mainBalanceVnd,
        boolean sim4g,
        int vlrDaysLast7,
        String province,
        String district,
        String ward,
        Occupation.View occupation,
        double churnRisk,
        String commitmentType,
        String company,
        String idDocumentNumber,
        boolean portedIn,
        boolean portedOut,
        boolean otherNetwork) {

    static SubscriberProfile of(Subscriber s, PersonalDataMask mask) {
        Network network = Network.of(s);
        return new SubscriberProfile(mask.ownerName(s.ownerName), s.paymentType, s.status, s.category, s.deviceType,
                s.arpuVnd, s.loyaltyPoints, s.kndlTier != null, s.kndlTier, s.currentPackage, mask.mainBalanceVnd(s.mainBalanceVnd),
                s.sim4g, s.vlrDaysLast7, s.province, s.district, mask.ward(s.ward),
                s.occupationCode == null ? null : Occupation.byCode(s.occupationCode).view(),
                s.churnRisk, s.commitmentType, s.company, mask.idDocumentNumber(s.idDocumentNumber),
                network.portedIn(), network.portedOut(), network.otherNetwork());
    }
}
