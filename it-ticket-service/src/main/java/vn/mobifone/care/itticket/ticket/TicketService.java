package vn.mobifone.care.itticket.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.mobifone.care.itticket.sla.SlaClocks;
import vn.mobifone.care.itticket.sla.SlaPolicies;
import vn.mobifone.care.itticket.sla.SlaPolicy;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/**
 * Every change of a ticket: the state machine decides, the clocks follow, the trail and the event
 * are written in the same transaction. The ticket row is locked for the change, so two people
 * acting on one ticket at once are applied one after the other.
 */
@ApplicationScoped
@Transactional
public class TicketService {

    private final SlaPolicies policies;
    private final SlaClocks clocks;
    private final TicketHistory history;
    private final TicketEvents events;
    private final TicketMetrics metrics;
    private final ReopeningConfig reopening;
    private final Clock clock;

    public TicketService(SlaPolicies policies, SlaClocks clocks, TicketHistory history, TicketEvents events,
            TicketMetrics metrics, ReopeningConfig reopening, Clock clock) {
        this.policies = policies;
        this.clocks = clocks;
        this.history = history;
        this.events = events;
        this.metrics = metrics;
        this.reopening = reopening;
        this.clock = clock;
    }

    /** Step 1.1: the clocks start at receipt, as seed 004 counts its time limits from then. */
    public Ticket receive(IntakeRequest request, String actor) {
        SlaPolicy policy = policies.current(request.requestType());
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.channel = request.channel();
        ticket.originalReference = request.originalReference().strip();
        ticket.customerCode = request.customerCode();
        ticket.customerName = request.customerName().strip();
        ticket.itService = request.itService().strip();
        ticket.requestType = request.requestType();
        ticket.level = (short) request.requestType().defaultLevel();
        ticket.subject = request.subject().strip();
        ticket.description = request.description();
        ticket.state = TicketState.NEW;
        ticket.tier = Tier.FRONT_LINE;
        ticket.policyId = policy.id();
        ticket.receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ticket.receivedBy = actor;
        ticket.persist();
        clocks.open(ticket.id, policy, ticket.state, ticket.tier, ticket.receivedAt);
        history.record(ticket, actor, "received", null, ticket.state, ticket.channel + " " + ticket.originalReference);
        events.statusChanged(ticket, actor);
        metrics.created(ticket);
        return ticket;
    }

    /** Step 1.2, or a reclassification: a new type or level takes the current policy, keeping the time spent. */
    public Ticket classify(UUID id, ClassificationRequest request, String actor) {
        Ticket ticket = locked(id);
        TicketState next = TicketLifecycle.classify(ticket.state);
        RequestType type = Objects.requireNonNullElse(request.requestType(), ticket.requestType);
        int level = Objects.requireNonNullElse(request.level(), type.defaultLevel());
        boolean reclassification = ticket.state != TicketState.NEW;
        boolean changed = type != ticket.requestType || level != ticket.level;
        if (isBlank(request.reason()) && (level != type.defaultLevel() || (reclassification && changed))) {
            throw new InvalidInput("reason", "is required to override the default level or to reclassify");
        }
        if (reclassification && !changed) {
            throw new ResourceConflict("classification-unchanged", "The ticket already has type " + type + " and level " + level);
        }
        TierAuthority.requireReachable(ticket.tier, level, ticket.reopened);
        history.recordIfChanged(ticket, actor, "request-type", ticket.requestType, type, request.reason());
        history.recordIfChanged(ticket, actor, "level", (int) ticket.level, level, request.reason());
        history.recordIfChanged(ticket, actor, "state", ticket.state, next, request.reason());
        if (type != ticket.requestType || (reclassification && changed)) {
            SlaPolicy from = policyOf(ticket);
            SlaPolicy to = budgetsOf(ticket, policies.current(type));
            clocks.rebudget(ticket.id, from, to, next, ticket.tier);
            ticket.policyId = to.id();
        }
        ticket.requestType = type;
        ticket.level = (short) level;
        ticket.levelReason = request.reason();
        ticket.state = next;
        return settled(ticket, actor);
    }

    /** A step by someone of {@code callerTiers}: only the tier that takes the step may, and only on a level it holds. */
    public Ticket act(UUID id, ActionRequest request, String actor, Set<Tier> callerTiers) {
        Ticket ticket = locked(id);
        TierAuthority.requireActingTier(request.action(), ticket.tier, callerTiers);
        TicketState from = ticket.state;
        TicketState to = TicketLifecycle.next(from, request.action(), ticket.level);
        TierAuthority.requireHeld(request.action(), ticket.tier, ticket.level, ticket.reopened);
        Tier tier = ticket.tier;
        switch (request.action()) {
            case ESCALATE -> tier = TierRouting.escalate(ticket.tier, ticket.level);
            case RESOLVE -> requireNote(request, "the resolution is required to resolve");
            case REOPEN -> {
                requireNote(request, "the customer's objection is required to reopen");
                tier = TierRouting.reopen(ticket.tier);
                SlaPolicy before = policyOf(ticket);
                ticket.reopened = true;
                ticket.resolvedAt = null;
                clocks.rebudget(ticket.id, before, policyOf(ticket), to, tier);
            }
            default -> {
            }
        }
        if (TicketLifecycle.resolves(from, to)) {
            Instant now = clock.instant();
            ticket.resolvedAt = now;
            ticket.resolution = request.note();
            metrics.resolved(ticket, Duration.between(ticket.receivedAt, now));
        }
        history.recordIfChanged(ticket, actor, "tier", ticket.tier, tier, request.note());
        history.recordIfChanged(ticket, actor, "state", from, to, request.note());
        ticket.state = to;
        ticket.tier = tier;
        return settled(ticket, actor);
    }

    public Ticket assign(UUID id, AssignmentRequest request, String actor) {
        Ticket ticket = locked(id);
        openOrRefuse(ticket, "assigned");
        history.record(ticket, actor, "assignment", describe(ticket.team, ticket.assignee),
                describe(request.team(), request.assignee()), null);
        ticket.team = request.team().strip();
        ticket.assignee = isBlank(request.assignee()) ? null : request.assignee().strip();
        return ticket;
    }

    public TicketComment comment(UUID id, CommentRequest request, String actor) {
        Ticket ticket = locked(id);
        if (ticket.state == TicketState.CLOSED) {
            throw new ResourceConflict("ticket-closed", "A closed ticket takes no more comments");
        }
        TicketComment comment = new TicketComment();
        comment.ticketId = ticket.id;
        comment.at = clock.instant();
        comment.author = actor;
        comment.visibility = request.visibility();
        comment.text = request.text();
        comment.persist();
        history.record(ticket, actor, "comment", null, request.visibility(), null);
        return comment;
    }

    /** Step 2.2 for tickets past their total time: the expected time is what the front line tells the customer. */
    public Ticket postProgress(UUID id, ProgressUpdateRequest request, String actor) {
        Ticket ticket = locked(id);
        openOrRefuse(ticket, "given progress");
        Instant now = clock.instant();
        if (!request.expectedResolutionAt().isAfter(now)) {
            throw new InvalidInput("expectedResolutionAt", "must be in the future");
        }
        history.record(ticket, actor, "progress", ticket.expectedResolutionAt, request.expectedResolutionAt(), request.note());
        ticket.progressNote = request.note();
        ticket.progressUpdatedAt = now;
        ticket.expectedResolutionAt = request.expectedResolutionAt();
        return ticket;
    }

    /** After a change of state, tier or level: the clocks follow and the suite is told. */
    private Ticket settled(Ticket ticket, String actor) {
        clocks.align(ticket.id, policyOf(ticket), ticket.state, ticket.tier);
        events.statusChanged(ticket, actor);
        return ticket;
    }

    /** The budgets the ticket runs on now: its policy version, with the IT centre's time once reopened. */
    private SlaPolicy policyOf(Ticket ticket) {
        return budgetsOf(ticket, policies.byId(ticket.policyId));
    }

    private SlaPolicy budgetsOf(Ticket ticket, SlaPolicy policy) {
        return ticket.reopened ? policy.reopened(reopening.itCentreBudget()) : policy;
    }

    private static Ticket locked(UUID id) {
        Ticket ticket = Ticket.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw new ResourceNotFound("Ticket", id);
        }
        return ticket;
    }

    private static void openOrRefuse(Ticket ticket, String what) {
        if (!ticket.state.isOpen()) {
            throw new ResourceConflict("ticket-not-open", "A " + ticket.state + " ticket cannot be " + what);
        }
    }

    private static void requireNote(ActionRequest request, String message) {
        if (isBlank(request.note())) {
            throw new InvalidInput("note", message);
        }
    }

    private static String describe(String team, String assignee) {
        return team == null ? null : isBlank(assignee) ? team : team + "/" + assignee;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
