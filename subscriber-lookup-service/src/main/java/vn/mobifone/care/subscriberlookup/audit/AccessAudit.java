package vn.mobifone.care.subscriberlookup.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** Records every read of personal data, and answers the supervisors' questions about them. */
@ApplicationScoped
public class AccessAudit {

    /**
     * A plain insert on the caller's connection rather than a persisted entity: neither the
     * generated id nor a managed copy of the line is needed afterwards.
     */
    private static final String RECORD = "INSERT INTO personal_data_access (accessed_at, subject, role, msisdn, call_id, purpose, access_view)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    static final String SERVICE = "subscriber-lookup-service";
    static final String READ = "READ";

    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public AccessAudit(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * For a change whose audit line must commit with it (the Decree-49 acknowledgement): written on
     * the caller's connection, inside its transaction (never in auto-commit). Lookups, which change
     * nothing, record their reads through the {@link AccessJournal} instead.
     */
    public void record(Connection connection, Msisdn msisdn, AccessView view, AccessReason reason) {
        AccessLine line = new AccessLine(clock.instant(), caller.id(), caller.primaryRole(), msisdn, reason, view);
        line.check();
        try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setObject(1, OffsetDateTime.ofInstant(line.accessedAt(), ZoneOffset.UTC));
            insert.setString(2, caller.id());
            insert.setString(3, caller.primaryRole());
            insert.setString(4, msisdn.value());
            insert.setString(5, reason.callId());
            insert.setString(6, reason.purpose());
            insert.setString(7, view.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The access to " + msisdn + " could not be recorded", e);
        }
    }

    /**
     * For a change of personal data (an occupation), in the change's transaction: who changed
     * what, on which call, and what it was before.
     */
    public void recordChange(Msisdn msisdn, AccessView view, AccessReason reason, String detail) {
        PersonalDataAccess line = new PersonalDataAccess();
        line.accessedAt = clock.instant();
        line.subject = caller.id();
        line.role = caller.primaryRole();
        line.msisdn = msisdn.value();
        line.callId = reason.callId();
        line.purpose = reason.purpose();
        line.view = view;
        line.service = SERVICE;
        line.outcome = READ;
        line.detail = detail;
        em.persist(line);
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
