package vn.mobifone.care.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CareClockTest {

    @Test
    void readsVietnameseLocalTime() {
        CareClock clock = new CareClock(() -> true);
        clock.setTo(Instant.parse("2026-11-21T00:30:00Z"));

        assertThat(ZonedDateTime.now(clock).toLocalTime()).isBetween(LocalTime.of(7, 30), LocalTime.of(7, 31));
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void testsMoveTimeInsteadOfSleeping() {
        CareClock clock = new CareClock(() -> true);
        clock.setTo(Instant.parse("2026-11-21T14:59:00Z"));
        clock.advance(Duration.ofHours(24));

        assertThat(Duration.between(Instant.parse("2026-11-22T14:59:00Z"), clock.instant()).abs())
                .isLessThan(Duration.ofSeconds(5));
        clock.reset();
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void productionTimeCannotBeMoved() {
        CareClock clock = new CareClock(() -> false);

        assertThatThrownBy(() -> clock.advance(Duration.ofHours(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock.setTo(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
