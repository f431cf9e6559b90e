package vn.mobifone.care.itticket.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * The arithmetic of one stage clock. Elapsed business time is folded into {@code consumed} whenever
 * the clock stops, pauses or changes budget, so neither a pause nor a new policy loses or counts
 * time twice: the due time is always {@code runningSince + (budget - consumed)} on the calendar.
 */
public record SlaClock(
        SlaStage stage,
        ClockStatus status,
        Duration budget,
        Duration consumed,
        Instant runningSince,
        Instant warnedAt,
        Instant breachedAt) {

    public static SlaClock notStarted(SlaStage stage, Duration budget) {
        return new SlaClock(stage, ClockStatus.NOT_STARTED, budget, Duration.ZERO, null, null, null);
    }

    public boolean running() {
        return status == ClockStatus.RUNNING;
    }

    public Duration elapsed(Instant now, BusinessCalendar calendar) {
        return running() ? consumed.plus(calendar.between(runningSince, now)) : consumed;
    }

    public Duration remaining(Instant now, BusinessCalendar calendar) {
        return budget.minus(elapsed(now, calendar));
    }

    /** Moves the clock to {@code target}, folding the time it ran until {@code now}. */
    public SlaClock moveTo(ClockStatus target, Instant now, BusinessCalendar calendar) {
        if (target == status) {
            return this;
        }
        if (target == ClockStatus.RUNNING) {
            return new SlaClock(stage, target, budget, consumed, now, warnedAt, breachedAt);
        }
        return new SlaClock(stage, target, budget, elapsed(now, calendar), null, warnedAt, breachedAt);
    }

    /** Reclassification: what was spent stays spent (on the old calendar), the new budget applies from now. */
    public SlaClock rebudget(Duration newBudget, Instant now, BusinessCalendar oldCalendar) {
        Duration spent = elapsed(now, oldCalendar);
        return new SlaClock(stage, status, newBudget, spent, running() ? now : null, warnedAt, breachedAt);
    }

    /** Null unless running; a clock already over budget is due at once. */
    public Instant dueAt(BusinessCalendar calendar) {
        return running() ? momentAfter(budget, calendar) : null;
    }

    public Instant warnAt(int warningPercent, BusinessCalendar calendar) {
        return running() ? momentAfter(budget.multipliedBy(warningPercent).dividedBy(100), calendar) : null;
    }

    /** When the sweeper must look at this clock next: its warning, then its breach, then never. */
    public Instant nextCheck(int warningPercent, BusinessCalendar calendar) {
        if (!running() || breachedAt != null) {
            return null;
        }
        return warnedAt == null ? warnAt(warningPercent, calendar) : dueAt(calendar);
    }

    private Instant momentAfter(Duration target, BusinessCalendar calendar) {
        Duration left = target.minus(consumed);
        return left.isNegative() ? runningSince : calendar.plus(runningSince, left);
    }
}
