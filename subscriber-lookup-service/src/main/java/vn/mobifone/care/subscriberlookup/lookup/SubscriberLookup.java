package vn.mobifone.care.subscriberlookup.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.audit.AccessAudit;
import vn.mobifone.care.subscriberlookup.audit.AccessReason;
import vn.mobifone.care.subscriberlookup.audit.AccessView;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Acknowledgements;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Status;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

/** The centralised lookup: one read of the subscriber and one audit line, in one transaction. */
@ApplicationScoped
public class SubscriberLookup {

    private final LookupTransaction transaction;
    private final SubscriberRepository subscribers;
    private final Decree49Acknowledgements acknowledgements;
    private final AccessAudit audit;
    private final Caller caller;

    public SubscriberLookup(LookupTransaction transaction, SubscriberRepository subscribers, Decree49Acknowledgements acknowledgements, AccessAudit audit, Caller caller) {
        this.transaction = transaction;
        this.subscribers = subscribers;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.caller = caller;
    }

    public SubscriberLookupView lookup(Msisdn msisdn, AccessReason reason) {
        return transaction.run(connection -> lookup(connection, msisdn, reason));
    }

    private SubscriberLookupView lookup(Connection connection, Msisdn msisdn, AccessReason reason) {
        Subscriber subscriber = subscribers.read(connection, msisdn);
        Decree49Status decree49 = Decree49Status.of(subscriber);
        if (!decree49.complete() && needsAcknowledgement() && !acknowledgements.acknowledged(connection, msisdn, reason)) {
            audit.record(connection, msisdn, AccessView.DECREE49_WARNING, reason);
            return SubscriberLookupView.withheld(msisdn, decree49);
        }
        audit.record(connection, msisdn, AccessView.PROFILE, reason);
        PersonalDataMask mask = PersonalDataMask.forRole(caller.primaryRole());
        return SubscriberLookupView.shown(msisdn, decree49, SubscriberFlags.of(subscriber), SubscriberProfile.of(subscriber, mask));
    }

    /** The pop-up is a screen for people; systems get no identity data, so there is nothing to hold back. */
    private boolean needsAcknowledgement() {
        return !Roles.INTEGRATION.equals(caller.primaryRole());
    }
}
