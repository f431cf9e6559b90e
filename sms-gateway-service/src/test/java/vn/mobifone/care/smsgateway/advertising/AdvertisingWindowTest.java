package vn.mobifone.care.smsgateway.advertising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AdvertisingWindowTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final AdvertisingWindow window = new AdvertisingWindow(LocalTime.of(7, 0), LocalTime.of(22, 0), HCM);

    @Test
    void insideTheWindowSendsAtOnce() {
        assertThat(window.earliestSend(at("2026-11-21T07:00"))).isEqualTo(at("2026-11-21T07:00"));
        assertThat(window.earliestSend(at("2026-11-21T21:59"))).isEqualTo(at("2026-11-21T21:59"));
    }

    @Test
    void beforeSevenWaitsForSevenTheSameDay() {
        assertThat(window.earliestSend(at("2026-11-21T05:30"))).isEqualTo(at("2026-11-21T07:00"));
    }

    @Test
    void fromTenAtNightWaitsForSevenTheNextDay() {
        assertThat(window.isOpen(at("2026-11-21T22:00"))).isFalse();
        assertThat(window.earliestSend(at("2026-11-21T22:00"))).isEqualTo(at("2026-11-22T07:00"));
        assertThat(window.earliestSend(at("2026-12-31T23:59"))).isEqualTo(at("2027-01-01T07:00"));
    }

    @Test
    void aWindowMustOpenBeforeItCloses() {
        assertThatThrownBy(() -> new AdvertisingWindow(LocalTime.of(22, 0), LocalTime.of(7, 0), HCM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HCM).toInstant();
    }
}
