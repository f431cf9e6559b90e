package vn.mobifone.care.itticket.ticket;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.mobifone.care.itticket.sla.BusinessCalendar;
import vn.mobifone.care.itticket.sla.Calendars;
import vn.mobifone.care.itticket.sla.ClockStatus;
import vn.mobifone.care.itticket.sla.SlaClock;
import vn.mobifone.care.itticket.sla.SlaClocks;
import vn.mobifone.care.itticket.sla.SlaPolicies;
import vn.mobifone.care.itticket.sla.SlaPolicy;
import vn.mobifone.care.itticket.sla.SlaStage;
import vn.mobifone.care.itticket.sla.StageClockRow;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** Reads tickets with their clocks as of now. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketQueries {

    private final SlaClocks clocks;
    private final SlaPolicies policies;
    private final Calendars calendars;
    private final TicketHistory history;
    private final Clock clock;

    public TicketQueries(SlaClocks clocks, SlaPolicies policies, Calendars calendars, TicketHistory history, Clock clock) {
        this.clocks = clocks;
        this.policies = policies;
        this.calendars = calendars;
        this.history = history;
        this.clock = clock;
    }

    public TicketView view(UUID id) {
        return new Viewer().view(find(id));
    }

    public TicketView view(Ticket ticket) {
        return new Viewer().view(ticket);
    }

    public Page<TicketView> search(TicketFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.tier() != null) {
            where.append(" AND t.tier = :tier");
            params.and("tier", filter.tier());
        }
        if (filter.level() != null) {
            where.append(" AND t.level = :level");
            params.and("level", filter.level().shortValue());
        }
        if (filter.type() != null) {
            where.append(" AND t.requestType = :type");
            params.and("type", filter.type());
        }
        if (filter.state() != null) {
            where.append(" AND t.state = :state");
            params.and("state", filter.state());
        }
        if (filter.customer() != null) {
            where.append(" AND t.customerCode = :customer");
            params.and("customer", filter.customer());
        }
        if (filter.sla() != null) {
            where.append(" AND t.state NOT IN :done AND EXISTS (SELECT 1 FROM StageClockRow c WHERE c.ticketId = t.id AND ")
                    .append(switch (filter.sla()) {
                        case BREACHED -> "c.breachedAt IS NOT NULL";
                        case AT_RISK -> "c.warnedAt IS NOT NULL AND c.breachedAt IS NULL AND c.status = :running";
                        case PAUSED -> "c.status = :paused";
                    }).append(")");
            params.and("done", TicketState.done());
            switch (filter.sla()) {
                case AT_RISK -> params.and("running", ClockStatus.RUNNING);
                case PAUSED -> params.and("paused", ClockStatus.PAUSED);
                default -> {
                }
            }
        }
        var query = Ticket.<Ticket>find("FROM Ticket t WHERE " + where + " ORDER BY t.receivedAt, t.id", params);
        long total = query.count();
        List<Ticket> tickets = query.page(page.page, page.size).list();
        Viewer viewer = new Viewer();
        return Page.of(tickets.stream().map(viewer::view).toList(), page, total);
    }

    /**
     * Open tickets whose progress update is owed. The query reads only facts (open, total clock
     * breached); which of those owe the update is decided by {@link ProgressObligation} alone.
     */
    public Page<TicketView> progressOwed(PageRequest page) {
        Instant now = clock.instant();
        List<Object[]> candidates = Ticket.getEntityManager().createQuery(
                "SELECT t.id, t.level, c.breachedAt, t.progressUpdatedAt, t.expectedResolutionAt"
                        + " FROM Ticket t, StageClockRow c WHERE c.ticketId = t.id AND c.stage = :total AND c.breachedAt IS NOT NULL"
                        + " AND t.state NOT IN :done ORDER BY c.breachedAt, t.id", Object[].class)
                .setParameter("total", SlaStage.TOTAL)
                .setParameter("done", TicketState.done())
                .getResultList();
        List<UUID> owed = candidates.stream()
                .filter(r -> ProgressObligation.isOwed(true, (Short) r[1], (Instant) r[2], (Instant) r[3], (Instant) r[4], now))
                .map(r -> (UUID) r[0])
                .toList();
        List<UUID> pageIds = owed.stream().skip(page.offset()).limit(page.size).toList();
        Map<UUID, Ticket> byId = new HashMap<>();
        if (!pageIds.isEmpty()) {
            Ticket.<Ticket>list("id IN ?1", pageIds).forEach(t -> byId.put(t.id, t));
        }
        Viewer viewer = new Viewer();
        return Page.of(pageIds.stream().map(byId::get).map(viewer::view).toList(), page, owed.size());
    }

    public List<CommentView> comments(UUID id, TicketComment.Visibility visibility) {
        find(id);
        List<TicketComment> comments = visibility == null
                ? TicketComment.list("ticketId = ?1 order by id", id)
                : TicketComment.list("ticketId = ?1 and visibility = ?2 order by id", id, visibility);
        return comments.stream().map(CommentView::of).toList();
    }

    public List<HistoryView> history(UUID id) {
        find(id);
        return history.of(id).stream().map(HistoryView::of).toList();
    }

    private static Ticket find(UUID id) {
        Ticket ticket = Ticket.findById(id);
        if (ticket == null) {
            throw new ResourceNotFound("Ticket", id);
        }
        return ticket;
    }

    /** Builds views at one instant, loading each policy and calendar once per request. */
    private final class Viewer {

        private final Instant now = clock.instant();
        private final Map<Long, SlaPolicy> policyById = new HashMap<>();
        private final Map<Long, BusinessCalendar> calendarById = new HashMap<>();

        TicketView view(Ticket t) {
            SlaPolicy policy = policyById.computeIfAbsent(t.policyId, policies::byId);
            BusinessCalendar calendar = calendarById.computeIfAbsent(policy.calendarId(), calendars::of);
            List<TicketView.ClockView> sla = new ArrayList<>();
            Instant totalBreachedAt = null;
            for (StageClockRow row : clocks.rows(t.id)) {
                SlaClock c = row.clock();
                long elapsed = c.elapsed(now, calendar).toSeconds();
                sla.add(new TicketView.ClockView(row.stage.code(), row.status.name(), row.budgetSeconds, elapsed,
                        row.budgetSeconds - elapsed, row.dueAt, row.status == ClockStatus.PAUSED, row.warnedAt != null,
                        row.breachedAt != null, row.breachedAt));
                if (row.stage == SlaStage.TOTAL) {
                    totalBreachedAt = row.breachedAt;
                }
            }
            TicketView.Progress progress = t.progressUpdatedAt == null ? null
                    : new TicketView.Progress(t.progressNote, t.progressUpdatedAt, t.expectedResolutionAt);
            boolean owed = ProgressObligation.isOwed(t.state.isOpen(), t.level, totalBreachedAt, t.progressUpdatedAt, t.expectedResolutionAt, now);
            return new TicketView(t.id, t.channel, t.originalReference, t.customerCode, t.customerName, t.itService,
                    t.requestType, t.level, t.levelReason, t.subject, t.description, t.state, t.tier, t.reopened, t.team,
                    t.assignee, policy.version(), t.receivedAt, t.receivedBy, t.resolvedAt, t.resolution, progress, owed, sla);
        }
    }
}
