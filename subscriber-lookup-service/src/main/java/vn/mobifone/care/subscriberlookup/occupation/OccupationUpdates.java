package vn.mobifone.care.subscriberlookup.occupation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberChanges;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

@ApplicationScoped
public class OccupationUpdates {

    private final SubscriberRepository subscribers;
    private final SubscriberChanges changes;
    private final Clock clock;

    public OccupationUpdates(SubscriberRepository subscribers, SubscriberChanges changes, Clock clock) {
        this.subscribers = subscribers;
        this.changes = changes;
        this.clock = clock;
    }

    /** Sets the main occupation; an unchanged code is accepted without a new event. */
    @Transactional
    public OccupationResource.OccupationSet update(Msisdn msisdn, Occupation occupation, boolean lostPhoneCall) {
        Subscriber subscriber = subscribers.get(msisdn);
        OccupationChangePolicy.refusal(lostPhoneCall, subscriber.category, clock).ifPresent(refusal -> {
            throw new BusinessRuleViolation(refusal.reason(), refusal.detail());
        });
        boolean changed = subscriber.occupationCode == null || subscriber.occupationCode != occupation.code();
        if (changed) {
            subscriber.occupationCode = (short) occupation.code();
            subscriber.updatedAt = clock.instant();
            changes.publish(subscriber);
        }
        return new OccupationResource.OccupationSet(msisdn, occupation.view(), changed);
    }
}
