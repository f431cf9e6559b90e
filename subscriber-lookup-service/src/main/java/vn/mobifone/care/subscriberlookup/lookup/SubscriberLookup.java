package vn.mobifone.care.subscriberlookup.lookup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.audit.AccessJournal;
import vn.mobifone.care.subscriberlookup.audit.AccessReason;
import vn.mobifone.care.subscriberlookup.audit.AccessView;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Acknowledgements;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Status;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

/**
 * The centralised lookup: the reads in auto-commit on one pooled connection, then the audit line,
 * group-committed by the {@link AccessJournal}. The answer leaves only once its line is committed.
 */
@ApplicationScoped
public class SubscriberLookup {

    private final AgroalDataSource dataSource;
    private final SubscriberRepository subscribers;
    private final Decree49Acknowledgements acknowledgements;
    private final AccessJournal journal;
    private final Caller caller;

    public SubscriberLookup(AgroalDataSource dataSource, SubscriberRepository subscribers, Decree49Acknowledgements acknowledgements,
            AccessJournal journal, Caller caller) {
        this.dataSource = dataSource;
        this.subscribers = subscribers;
        this.acknowledgements = acknowledgements;
        this.journal = journal;
        this.caller = caller;
    }

    public SubscriberLookupView lookup(Msisdn msisdn, AccessReason reason) {
        SubscriberLookupView answer = read(msisdn, reason);
        journal.record(msisdn, answer.acknowledgementRequired() ? AccessView.DECREE49_WARNING : AccessView.PROFILE, reason);
        return answer;
    }

    /**
     * No transaction: the reads change nothing, and the audit line is written elsewhere. The
     * connection goes back to the pool before the wait for the journal, so waiting lookups hold none.
     */
    private SubscriberLookupView read(Msisdn msisdn, AccessReason reason) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, msisdn, reason);
        } catch (SQLException e) {
            throw new IllegalStateException("Subscriber " + msisdn + " could not be read", e);
        }
    }

    private SubscriberLookupView read(Connection connection, Msisdn msisdn, AccessReason reason) {
        Subscriber subscriber = subscribers.read(connection, msisdn);
        Decree49Status decree49 = Decree49Status.of(subscriber);
        if (!decree49.complete() && needsAcknowledgement() && !acknowledgements.acknowledged(connection, msisdn, reason)) {
            return SubscriberLookupView.withheld(msisdn, decree49);
        }
        PersonalDataMask mask = PersonalDataMask.forRole(caller.primaryRole());
        return SubscriberLookupView.shown(msisdn, decree49, SubscriberFlags.of(subscriber), SubscriberProfile.of(subscriber, mask));
    }

    /** The pop-up is a screen for people; systems get no identity data, so there is nothing to hold back. */
    private boolean needsAcknowledgement() {
        return !Roles.INTEGRATION.equals(caller.primaryRole());
    }
}
