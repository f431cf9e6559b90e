package vn.mobifone.care.subscriberlookup.removal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.subscriberlookup.agents.Agent;
import vn.mobifone.care.subscriberlookup.agents.AgentStatus;
import vn.mobifone.care.subscriberlookup.agents.Directory;
import vn.mobifone.care.subscriberlookup.agents.Partner;

/** The partners' monthly removal requests: the list, sending it, its acknowledgement, and the overdue ones. */
@ApplicationScoped
public class RemovalRequests {

    private final EntityManager em;
    private final Directory directory;
    private final Caller caller;
    private final Clock clock;

    public RemovalRequests(EntityManager em, Directory directory, Caller caller, Clock clock) {
        this.em = em;
        this.directory = directory;
        this.caller = caller;
        this.clock = clock;
    }

    public RemovalRequestView request(String partnerId, YearMonth month) {
        Partner partner = directory.partner(partnerId);
        RemovalRequest sent = em.find(RemovalRequest.class, new RemovalRequest.Key(partnerId, month.toString()));
        List<RemovalRequestView.Departure> departures = departures(partnerId, month);
        Instant sentAt = sent == null ? null : sent.sentAt;
        String status = sent == null ? "OPEN" : sent.acknowledgedAt == null ? "SENT" : "ACKNOWLEDGED";
        return new RemovalRequestView(partner.id, partner.name, month.toString(), RemovalDeadline.dueBy(month), status,
                !departures.isEmpty() && RemovalDeadline.overdue(month, sentAt, clock.instant()), sentAt, sent == null ? null : sent.sentBy,
                sent == null ? null : RemovalDeadline.sentOnTime(month, sentAt), sent == null ? null : sent.acknowledgedAt,
                sent == null ? null : sent.acknowledgedBy, departures);
    }

    @Transactional
    public RemovalRequestView send(String partnerId, YearMonth month) {
        directory.partner(partnerId);
        if (!RemovalDeadline.over(month, clock)) {
            throw new BusinessRuleViolation("month-not-over", "The request for " + month + " lists the month's departures: send it once the month is over");
        }
        if (em.find(RemovalRequest.class, new RemovalRequest.Key(partnerId, month.toString())) != null) {
            throw new ResourceConflict("already-sent", "The removal request of " + partnerId + " for " + month + " was already sent");
        }
        int departures = departures(partnerId, month).size();
        if (departures == 0) {
            throw new BusinessRuleViolation("no-departures", "No agent of " + partnerId + " departed in " + month + ": there is nothing to request");
        }
        RemovalRequest request = new RemovalRequest();
        request.partnerId = partnerId;
        request.month = month.toString();
        request.departures = departures;
        request.sentAt = clock.instant();
        request.sentBy = caller.id();
        em.persist(request);
        em.flush();
        return request(partnerId, month);
    }

    @Transactional
    public RemovalRequestView acknowledge(String partnerId, YearMonth month) {
        directory.partner(partnerId);
        RemovalRequest request = em.find(RemovalRequest.class, new RemovalRequest.Key(partnerId, month.toString()));
        if (request == null) {
            throw new ResourceConflict("not-sent", "The removal request of " + partnerId + " for " + month + " has not been sent");
        }
        if (request.acknowledgedAt != null) {
            throw new ResourceConflict("already-acknowledged", "The removal request of " + partnerId + " for " + month + " was already acknowledged");
        }
        request.acknowledgedAt = clock.instant();
        request.acknowledgedBy = caller.id();
        em.flush();
        return request(partnerId, month);
    }

    /** Every month with departures whose request is past due and not sent, oldest first. */
    @SuppressWarnings("unchecked")
    public List<RemovalRequestView.Overdue> overdue() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.partner_id, p.name, to_char(a.departure_date, 'YYYY-MM') AS month, count(*)
                FROM agent a JOIN partner p ON p.id = a.partner_id
                WHERE a.status = 'DEPARTED'
                  AND NOT EXISTS (SELECT 1 FROM removal_request r
                                  WHERE r.partner_id = a.partner_id AND r.month = to_char(a.departure_date, 'YYYY-MM'))
                GROUP BY a.partner_id, p.name, to_char(a.departure_date, 'YYYY-MM')
                ORDER BY month, a.partner_id""").getResultList();
        Instant now = clock.instant();
        return rows.stream()
                .map(r -> {
                    YearMonth month = YearMonth.parse((String) r[2]);
                    return new RemovalRequestView.Overdue((String) r[0], (String) r[1], month.toString(), RemovalDeadline.dueBy(month),
                            ((Number) r[3]).intValue());
                })
                .filter(o -> RemovalDeadline.overdue(YearMonth.parse(o.month()), null, now))
                .toList();
    }

    private List<RemovalRequestView.Departure> departures(String partnerId, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return em.createQuery("SELECT a FROM Agent a WHERE a.partnerId = :partner AND a.status = :departed"
                        + " AND a.departureDate BETWEEN :first AND :last ORDER BY a.departureDate, a.id", Agent.class)
                .setParameter("partner", partnerId).setParameter("departed", AgentStatus.DEPARTED)
                .setParameter("first", first).setParameter("last", last)
                .getResultList().stream()
                .map(a -> new RemovalRequestView.Departure(a.id, a.name, a.role.name(), a.callCentre, a.line, a.startDate, a.departureDate,
                        a.removedAt))
                .toList();
    }
}
