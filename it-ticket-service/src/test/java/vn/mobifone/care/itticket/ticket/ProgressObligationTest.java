package vn.mobifone.care.itticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressObligationTest {

    private static final Instant BREACH = Instant.parse("2026-03-04T02:00:00Z");

    @Test
    void owedFromTheBreachUntilAnUpdateAndAgainWhenThePromisePasses() {
        assertThat(ProgressObligation.isOwed(true, 3, null, null, null, BREACH)).isFalse();
        assertThat(ProgressObligation.isOwed(true, 3, BREACH, null, null, BREACH)).isTrue();
        assertThat(ProgressObligation.isOwed(true, 4, BREACH, BREACH.minusSeconds(60), BREACH.plusSeconds(3600), BREACH)).isTrue();
        Instant promise = BREACH.plus(Duration.ofHours(8));
        assertThat(ProgressObligation.isOwed(true, 3, BREACH, BREACH.plusSeconds(60), promise, BREACH.plusSeconds(120))).isFalse();
        assertThat(ProgressObligation.isOwed(true, 3, BREACH, BREACH.plusSeconds(60), promise, promise)).isTrue();
        assertThat(ProgressObligation.isOwed(false, 3, BREACH, null, null, promise)).isFalse();
    }

    @Test
    void levelsOneAndTwoOweNoProgressToTheItCentre() {
        assertThat(ProgressObligation.isOwed(true, 1, BREACH, null, null, BREACH)).isFalse();
        assertThat(ProgressObligation.isOwed(true, 2, BREACH, null, null, BREACH.plus(Duration.ofDays(3)))).isFalse();
    }
}
