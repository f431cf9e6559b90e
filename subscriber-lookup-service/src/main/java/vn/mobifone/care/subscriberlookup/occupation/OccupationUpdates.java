package vn.mobifone.care.subscriberlookup.occupation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.subscriberlookup.LookupConfig;
import vn.mobifone.care.subscriberlookup.audit.AccessAudit;
import vn.mobifone.care.subscriberlookup.audit.AccessReason;
import vn.mobifone.care.subscriberlookup.audit.AccessView;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Acknowledgements;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Check;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberChanges;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

@ApplicationScoped
public class OccupationUpdates {

    private final EntityManager em;
    private final SubscriberRepository subscribers;
    private final SubscriberChanges changes;
    private final Decree49Acknowledgements acknowledgements;
    private final Caller caller;
    private final Clock clock;
    private final LookupConfig config;
    private final AccessAudit audit;

    public OccupationUpdates(EntityManager em, SubscriberRepository subscribers, SubscriberChanges changes,
            Decree49Acknowledgements acknowledgements, Caller caller, Clock clock, LookupConfig config, AccessAudit audit) {
        this.audit = audit;
        this.em = em;
        this.subscribers = subscribers;
        this.changes = changes;
        this.acknowledgements = acknowledgements;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Sets the main occupation on a call; an unchanged code is accepted without a new event or
     * audit line. An incomplete subscriber's record is open to the agent only once the Decree-49
     * warning was acknowledged on this call, so the change needs that acknowledgement too.
     */
    @Transactional
    public OccupationResource.OccupationSet update(Msisdn msisdn, Occupation occupation, boolean lostPhoneCall, OccupationCall call) {
        Subscriber subscriber = subscribers.get(msisdn);
        OccupationChangePolicy.refusal(lostPhoneCall, subscriber.category, call, clock.instant(), config.longestCall()).ifPresent(refusal -> {
            throw new BusinessRuleViolation(refusal.reason(), refusal.detail());
        });
        if (!Decree49Check.of(subscriber.identityDocuments()).complete()
                && !acknowledgements.acknowledged(msisdn, AccessReason.of(call.callId(), null))) {
            throw new ResourceConflict("decree49-acknowledgement-required", "Subscriber " + msisdn
                    + " is incomplete under Decree 49: acknowledge the warning on call " + call.callId() + " before changing the occupation");
        }
        Short before = subscriber.occupationCode;
        boolean changed = before == null || before != occupation.code();
        if (changed) {
            subscriber.occupationCode = (short) occupation.code();
            subscriber.updatedAt = clock.instant();
            changes.publish(subscriber);
            em.persist(auditLine(msisdn, call, before, occupation));
            audit.recordChange(msisdn, AccessView.OCCUPATION_CHANGE, AccessReason.of(call.callId(), null),
                    "occupation " + (before == null ? "none" : before.toString()) + " -> " + occupation.code());
        }
        return new OccupationResource.OccupationSet(msisdn, occupation.view(), changed);
    }

    private OccupationChangeLine auditLine(Msisdn msisdn, OccupationCall call, Short before, Occupation after) {
        OccupationChangeLine line = new OccupationChangeLine();
        line.changedAt = clock.instant();
        line.msisdn = msisdn.value();
        line.subject = caller.id();
        line.role = caller.primaryRole();
        line.callId = call.callId();
        line.callStartedAt = call.startedAt();
        line.oldCode = before;
        line.newCode = (short) after.code();
        return line;
    }
}
