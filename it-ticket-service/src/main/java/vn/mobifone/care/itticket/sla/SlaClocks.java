package vn.mobifone.care.itticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.mobifone.care.itticket.ticket.TicketState;
import vn.mobifone.care.itticket.ticket.Tier;

/**
 * Keeps a ticket's stage clocks in step with its state and tier. Rows are read {@code FOR UPDATE}
 * so that a sweeper marking a breach and a person pausing the ticket never overwrite each other.
 */
@ApplicationScoped
public class SlaClocks {

    private final EntityManager em;
    private final Calendars calendars;
    private final Clock clock;

    public SlaClocks(EntityManager em, Calendars calendars, Clock clock) {
        this.em = em;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The clocks of a ticket received at {@code receivedAt}: every stage its policy budgets, started as the schedule says. */
    public void open(UUID ticketId, SlaPolicy policy, TicketState state, Tier tier, Instant receivedAt) {
        BusinessCalendar calendar = calendars.of(policy.calendarId());
        for (SlaStage stage : SlaStage.values()) {
            policy.budget(stage).ifPresent(budget -> persist(ticketId, SlaClock.notStarted(stage, budget), policy, calendar));
        }
        align(ticketId, policy, state, tier, receivedAt);
    }

    public void align(UUID ticketId, SlaPolicy policy, TicketState state, Tier tier) {
        align(ticketId, policy, state, tier, clockNow());
    }

    private void align(UUID ticketId, SlaPolicy policy, TicketState state, Tier tier, Instant now) {
        BusinessCalendar calendar = calendars.of(policy.calendarId());
        for (StageClockRow row : lockedRows(ticketId)) {
            SlaClock current = row.clock();
            ClockStatus target = ClockSchedule.target(row.stage, current.status(), state, tier);
            row.store(current.moveTo(target, now, calendar), policy.warningPercent(), calendar);
        }
    }

    /**
     * New budgets mid-flight (a reclassification, or a reopening that brings in the IT centre): time
     * spent so far (measured on the old calendar) is kept, the new budgets apply from now, stages
     * the new policy does not have are dropped and new ones added.
     */
    public void rebudget(UUID ticketId, SlaPolicy from, SlaPolicy to, TicketState state, Tier tier) {
        BusinessCalendar oldCalendar = calendars.of(from.calendarId());
        BusinessCalendar newCalendar = calendars.of(to.calendarId());
        Instant now = clockNow();
        Map<SlaStage, StageClockRow> rows = lockedRows(ticketId).stream()
                .collect(Collectors.toMap(r -> r.stage, Function.identity()));
        for (SlaStage stage : SlaStage.values()) {
            StageClockRow row = rows.get(stage);
            Duration budget = to.budget(stage).orElse(null);
            if (budget == null && row != null) {
                row.delete();
            } else if (budget != null && row == null) {
                persist(ticketId, SlaClock.notStarted(stage, budget), to, newCalendar);
            } else if (budget != null) {
                row.store(row.clock().rebudget(budget, now, oldCalendar), to.warningPercent(), newCalendar);
            }
        }
        em.flush();
        align(ticketId, to, state, tier);
    }

    /** The database keeps microseconds: clock arithmetic on finer instants would not survive a store and read. */
    private Instant clockNow() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public List<StageClockRow> rows(UUID ticketId) {
        return StageClockRow.list("ticketId = ?1 order by stage", ticketId);
    }

    private List<StageClockRow> lockedRows(UUID ticketId) {
        return StageClockRow.<StageClockRow>find("ticketId = ?1 order by stage", ticketId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private void persist(UUID ticketId, SlaClock clock, SlaPolicy policy, BusinessCalendar calendar) {
        StageClockRow row = new StageClockRow();
        row.ticketId = ticketId;
        row.stage = clock.stage();
        row.store(clock, policy.warningPercent(), calendar);
        row.persist();
    }
}
