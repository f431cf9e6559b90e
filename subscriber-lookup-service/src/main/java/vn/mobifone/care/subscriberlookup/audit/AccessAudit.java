package vn.mobifone.care.subscriberlookup.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** Records every read of personal data, and answers the supervisors' questions about them. */
@ApplicationScoped
public class AccessAudit {

    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public AccessAudit(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    /** Joins the read's transaction: if the audit line cannot be written, nothing is disclosed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Msisdn msisdn, AccessView view, AccessReason reason) {
        PersonalDataAccess access = new PersonalDataAccess();
        access.accessedAt = clock.instant();
        access.subject = caller.id();
        access.role = caller.primaryRole();
        access.msisdn = msisdn.value();
        access.callId = reason.callId();
        access.purpose = reason.purpose();
        access.view = view;
        em.persist(access);
    }

    /** Newest first; either filter may be null, not both. */
    public Page<AccessRecord> find(Msisdn msisdn, String subject, PageRequest page) {
        String where = (msisdn != null ? " AND a.msisdn = :msisdn" : "") + (subject != null ? " AND a.subject = :subject" : "");
        var query = em.createQuery("SELECT a FROM PersonalDataAccess a WHERE 1 = 1" + where + " ORDER BY a.accessedAt DESC, a.id DESC",
                PersonalDataAccess.class);
        var count = em.createQuery("SELECT count(a) FROM PersonalDataAccess a WHERE 1 = 1" + where, Long.class);
        if (msisdn != null) {
            query.setParameter("msisdn", msisdn.value());
            count.setParameter("msisdn", msisdn.value());
        }
        if (subject != null) {
            query.setParameter("subject", subject);
            count.setParameter("subject", subject);
        }
        List<AccessRecord> items = query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList()
                .stream().map(AccessRecord::of).toList();
        return Page.of(items, page, count.getSingleResult());
    }
}
