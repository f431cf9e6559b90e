package vn.mobifone.care.subscriberlookup.decree49;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.subscriberlookup.LookupConfig;
import vn.mobifone.care.subscriberlookup.audit.AccessAudit;
import vn.mobifone.care.subscriberlookup.audit.AccessReason;
import vn.mobifone.care.subscriberlookup.audit.AccessView;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

/**
 * The legacy pop-up's OK button: an agent acknowledges the warning of an incomplete subscriber
 * for one call (or stated purpose); only that agent, for that call, then sees the record, and
 * only for a call's length ({@code care.lookup.acknowledgement-validity}).
 */
@ApplicationScoped
public class Decree49Acknowledgements {

    private final EntityManager em;
    private final SubscriberRepository subscribers;
    private final AccessAudit audit;
    private final Caller caller;
    private final Clock clock;
    private final LookupConfig config;

    public Decree49Acknowledgements(EntityManager em, SubscriberRepository subscribers, AccessAudit audit, Caller caller,
            Clock clock, LookupConfig config) {
        this.em = em;
        this.subscribers = subscribers;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public Acknowledged acknowledge(Msisdn msisdn, AccessReason reason) {
        Decree49Status status = Decree49Status.of(subscribers.read(msisdn));
        if (status.complete()) {
            throw new ResourceConflict("decree49-complete", "Subscriber " + msisdn + " is complete under Decree 49; there is no warning to acknowledge");
        }
        Decree49Acknowledgement ack = new Decree49Acknowledgement();
        ack.id = UUID.randomUUID();
        ack.msisdn = msisdn.value();
        ack.subject = caller.id();
        ack.callId = reason.callId();
        ack.purpose = reason.purpose();
        ack.acknowledgedAt = clock.instant();
        em.persist(ack);
        audit.record(msisdn, AccessView.DECREE49_ACKNOWLEDGEMENT, reason);
        return new Acknowledged(ack.id, msisdn, ack.acknowledgedAt, ack.acknowledgedAt.plus(config.acknowledgementValidity()), status);
    }

    /** Whether the calling agent acknowledged the warning for this number within this call, recently enough. */
    public boolean acknowledged(Msisdn msisdn, AccessReason reason) {
        Instant since = clock.instant().minus(config.acknowledgementValidity());
        String sameReason = reason.callId() != null ? "a.callId = :reason" : "a.purpose = :reason";
        return !em.createQuery("SELECT a.id FROM Decree49Acknowledgement a WHERE a.msisdn = :msisdn AND a.subject = :subject AND "
                        + sameReason + " AND a.acknowledgedAt >= :since", UUID.class)
                .setParameter("msisdn", msisdn.value())
                .setParameter("subject", caller.id())
                .setParameter("reason", reason.callId() != null ? reason.callId() : reason.purpose())
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public record Acknowledged(UUID acknowledgementId, Msisdn msisdn, Instant acknowledgedAt, Instant validUntil, Decree49Status decree49) {
    }
}
