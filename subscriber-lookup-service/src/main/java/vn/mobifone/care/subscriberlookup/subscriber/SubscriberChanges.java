package vn.mobifone.care.subscriberlookup.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Check;
import vn.mobifone.care.subscriberlookup.occupation.Occupation;

/** The change feed: after any change of a subscriber, the projection other services keep. */
@ApplicationScoped
public class SubscriberChanges {

    private final Outbox outbox;
    private final Clock clock;

    public SubscriberChanges(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Must run in the transaction that changed the subscriber. */
    public void publish(Subscriber s) {
        outbox.publish(Topics.SUBSCRIBER_CHANGED, of(s, UUID.randomUUID(), clock.instant()));
    }

    /**
     * The event of a subscriber as it now is: the one place its fields, the Decree-49 rule and the
     * identity standardisation are put into it, for a single change and for each subscriber an
     * import announces.
     */
    public static SubscriberChanged of(Subscriber s, UUID eventId, Instant occurredAt) {
        return new SubscriberChanged(eventId, occurredAt, SubscriberChanged.VERSION,
                s.msisdn, s.paymentType.name(), s.status.name(), s.category.name(), s.deviceType.name(),
                s.appInstalledOn != null, s.appInstalledOn, s.arpuVnd, s.loyaltyPoints, s.kndlTier, s.currentPackage,
                s.sim4g, s.vlrDaysLast7, s.province, s.district,
                s.occupationCode == null ? null : s.occupationCode.toString(),
                s.churnRisk, s.premium, Decree49Check.of(s.identityDocuments()).complete(),
                s.ownerName, s.ward, s.mainBalanceVnd, s.status == SubscriberStatus.ACTIVE_2C, IdentityStandardisation.of(s).name(),
                s.kndlTier != null, s.joinedPointsProgramme2022,
                s.mvasUnusedTwoMonths == null || s.mvasUnusedTwoMonths.isEmpty() ? List.of() : List.of(s.mvasUnusedTwoMonths.split(";")),
                s.mnpOut, s.kndlTier, occupation(s.occupationCode), s.mnpOut);
    }

    private static SubscriberChanged.Occupation occupation(Short code) {
        return code == null ? null : new SubscriberChanged.Occupation(code, Occupation.byCode(code).name());
    }
}
