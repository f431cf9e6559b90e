package vn.mobifone.care.platform.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mobifone.care.contracts.events.PersonalDataAccessed;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.security.Caller;

/**
 * Reports a read of personal data to the suite's one access journal, kept by the lookup: an
 * event through the outbox, in the transaction of the read, so a read that was answered is on
 * its way to the journal even if the broker is down.
 */
@ApplicationScoped
public class PersonalDataAccesses {

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final String service;

    public PersonalDataAccesses(Outbox outbox, Caller caller, Clock clock, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.service = service;
    }

    /** The calling agent or system read {@code msisdn}'s {@code view}; without a call, {@code purpose} says why. */
    @Transactional
    public void read(Msisdn msisdn, String view, String callId, String purpose) {
        outbox.publish(Topics.PERSONAL_DATA_ACCESSED, new PersonalDataAccessed(UUID.randomUUID(), clock.instant(), PersonalDataAccessed.VERSION,
                msisdn.value(), caller.id(), caller.primaryRole(), service, view, callId, purpose, PersonalDataAccessed.READ));
    }

    /** A person no longer active tried to read {@code msisdn}'s {@code view}; a number that does not parse was no access. */
    @Transactional
    public void refused(SecurityIdentity identity, String msisdn, String view, String callId) {
        Msisdn number;
        try {
            number = msisdn == null ? null : Msisdn.parse(msisdn);
        } catch (RuntimeException e) {
            number = null;
        }
        if (number == null) {
            return;
        }
        String call = callId != null && callId.matches("[A-Za-z0-9._:-]{1,64}") ? callId : null;
        outbox.publish(Topics.PERSONAL_DATA_ACCESSED, new PersonalDataAccessed(UUID.randomUUID(), clock.instant(), PersonalDataAccessed.VERSION,
                number.value(), identity.getPrincipal().getName(), Caller.primaryRoleOf(identity), service, view, call,
                call == null ? "refused: account not active" : null, PersonalDataAccessed.REFUSED));
    }
}
