package vn.mobifone.care.itticket.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.itticket.sla.BusinessCalendarTest.at;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final BusinessCalendar ALWAYS = BusinessCalendar.alwaysOpen(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Instant T0 = at(2026, 3, 2, 9, 0);

    @Test
    void aRunningClockIsDueAfterItsBudget() {
        SlaClock clock = started(Duration.ofHours(4));
        assertThat(clock.dueAt(ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(clock.warnAt(75, ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(clock.remaining(T0.plus(Duration.ofMinutes(90)), ALWAYS)).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void aPauseMovesTheDueTimeByThePausedTime() {
        SlaClock paused = started(Duration.ofHours(4)).moveTo(ClockStatus.PAUSED, T0.plus(Duration.ofHours(1)), ALWAYS);
        assertThat(paused.dueAt(ALWAYS)).isNull();
        assertThat(paused.elapsed(T0.plus(Duration.ofHours(30)), ALWAYS)).isEqualTo(Duration.ofHours(1));
        SlaClock resumed = paused.moveTo(ClockStatus.RUNNING, T0.plus(Duration.ofHours(3)), ALWAYS);
        assertThat(resumed.dueAt(ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(6)));
    }

    @Test
    void reclassificationKeepsTheElapsedTimeAndAppliesTheNewBudget() {
        SlaClock clock = started(Duration.ofHours(4));
        SlaClock paused = clock.moveTo(ClockStatus.PAUSED, T0.plus(Duration.ofHours(1)), ALWAYS)
                .moveTo(ClockStatus.RUNNING, T0.plus(Duration.ofHours(5)), ALWAYS);
        SlaClock rebudgeted = paused.rebudget(Duration.ofHours(48), T0.plus(Duration.ofHours(7)), ALWAYS);
        assertThat(rebudgeted.consumed()).isEqualTo(Duration.ofHours(3));
        assertThat(rebudgeted.dueAt(ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(7 + 45)));
    }

    @Test
    void aPausedClockKeepsItsPauseThroughAReclassification() {
        SlaClock paused = started(Duration.ofHours(4)).moveTo(ClockStatus.PAUSED, T0.plus(Duration.ofHours(1)), ALWAYS);
        SlaClock rebudgeted = paused.rebudget(Duration.ofHours(48), T0.plus(Duration.ofHours(5)), ALWAYS);
        assertThat(rebudgeted.status()).isEqualTo(ClockStatus.PAUSED);
        assertThat(rebudgeted.consumed()).isEqualTo(Duration.ofHours(1));
        SlaClock resumed = rebudgeted.moveTo(ClockStatus.RUNNING, T0.plus(Duration.ofHours(6)), ALWAYS);
        assertThat(resumed.dueAt(ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(6 + 47)));
    }

    @Test
    void aClockOverItsNewBudgetIsDueAtOnce() {
        SlaClock rebudgeted = started(Duration.ofHours(48)).rebudget(Duration.ofHours(4), T0.plus(Duration.ofHours(6)), ALWAYS);
        assertThat(rebudgeted.dueAt(ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(rebudgeted.remaining(T0.plus(Duration.ofHours(6)), ALWAYS)).isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void theNextCheckIsTheWarningThenTheBreachThenNothing() {
        SlaClock clock = started(Duration.ofHours(4));
        assertThat(clock.nextCheck(75, ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(3)));
        SlaClock warned = new SlaClock(clock.stage(), clock.status(), clock.budget(), clock.consumed(), clock.runningSince(), T0, null);
        assertThat(warned.nextCheck(75, ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(4)));
        SlaClock breached = new SlaClock(clock.stage(), clock.status(), clock.budget(), clock.consumed(), clock.runningSince(), T0, T0);
        assertThat(breached.nextCheck(75, ALWAYS)).isNull();
        assertThat(clock.moveTo(ClockStatus.STOPPED, T0, ALWAYS).nextCheck(75, ALWAYS)).isNull();
    }

    @Test
    void aStoredClockKeepsTheFractionOfASecondThroughStopsAndRebudgets() {
        SlaClock stopped = started(Duration.ofHours(48)).moveTo(ClockStatus.STOPPED, T0.plusMillis(1_500), ALWAYS);
        SlaClock reopened = storedAndRead(stopped).moveTo(ClockStatus.RUNNING, T0.plus(Duration.ofHours(1)), ALWAYS);
        assertThat(reopened.dueAt(ALWAYS)).isEqualTo(T0.plus(Duration.ofHours(49)).minusMillis(1_500));

        SlaClock rebudgeted = storedAndRead(reopened.rebudget(Duration.ofHours(48), T0.plus(Duration.ofHours(1)).plusNanos(250_000), ALWAYS));
        assertThat(rebudgeted.consumed()).isEqualTo(Duration.ofMillis(1_500).plusNanos(250_000));
        assertThat(rebudgeted.dueAt(ALWAYS)).isEqualTo(reopened.dueAt(ALWAYS));
    }

    private static SlaClock storedAndRead(SlaClock clock) {
        StageClockRow row = new StageClockRow();
        row.stage = clock.stage();
        row.store(clock, 75, ALWAYS);
        return row.clock();
    }

    private static SlaClock started(Duration budget) {
        return SlaClock.notStarted(SlaStage.TOTAL, budget).moveTo(ClockStatus.RUNNING, T0, ALWAYS);
    }
}
