package vn.mobifone.care.subscriberlookup.audit;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.contracts.events.PersonalDataAccessed;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.IdempotentConsumer;
import vn.mobifone.care.platform.messaging.PoisonMessage;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * Reads of personal data made elsewhere in the suite (SMS message searches in the gateway), and
 * attempts refused to accounts no longer active in any service, written into this one journal
 * with the service and outcome they came with. A line the journal cannot hold goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class PersonalDataAccessedConsumer {

    private final EventReader reader;
    private final IdempotentConsumer idempotent;
    private final EntityManager em;

    public PersonalDataAccessedConsumer(EventReader reader, IdempotentConsumer idempotent, EntityManager em) {
        this.reader = reader;
        this.idempotent = idempotent;
        this.em = em;
    }

    @Incoming("personal-data-accessed")
    @Blocking
    public void on(String value) {
        PersonalDataAccessed event = reader.read(value, PersonalDataAccessed.class);
        PersonalDataAccess line = line(event);
        idempotent.processOnce("personal-data-accessed", event.eventId(), () -> em.persist(line));
    }

    static PersonalDataAccess line(PersonalDataAccessed event) {
        PersonalDataAccess line = new PersonalDataAccess();
        try {
            line.msisdn = Msisdn.parse(event.msisdn()).value();
            line.view = AccessView.valueOf(event.view());
        } catch (RuntimeException e) {
            throw new PoisonMessage("Access " + event.eventId() + " cannot be journalled: " + e.getMessage(), e);
        }
        if (event.occurredAt() == null || event.subject() == null || event.role() == null || event.service() == null
                || (event.callId() == null && event.purpose() == null)
                || !(PersonalDataAccessed.READ.equals(event.outcome()) || PersonalDataAccessed.REFUSED.equals(event.outcome()))) {
            throw new PoisonMessage("Access " + event.eventId() + " lacks its time, subject, role, service, reason or outcome", null);
        }
        line.accessedAt = event.occurredAt();
        line.subject = event.subject();
        line.role = event.role();
        line.callId = event.callId();
        line.purpose = event.purpose();
        line.service = event.service();
        line.outcome = event.outcome();
        try {
            new AccessLine(line.accessedAt, line.subject, line.role, new Msisdn(line.msisdn), new AccessReason(line.callId, line.purpose), line.view)
                    .check();
        } catch (RuntimeException e) {
            throw new PoisonMessage("Access " + event.eventId() + " cannot be journalled: " + e.getMessage(), e);
        }
        return line;
    }
}
