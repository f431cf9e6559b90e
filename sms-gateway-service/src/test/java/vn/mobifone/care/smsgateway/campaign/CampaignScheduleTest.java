package vn.mobifone.care.smsgateway.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsgateway.advertising.AdvertisingWindow;

/** Seed 002 sends its campaign SMS on 28/10 and 30/10 only, between 07:00 and 22:00. */
class CampaignScheduleTest {

    private static final List<LocalDate> SEED_002_DATES = List.of(LocalDate.of(2022, 10, 30), LocalDate.of(2022, 10, 28));
    private final CampaignSchedule schedule = new CampaignSchedule(
            new AdvertisingWindow(LocalTime.of(7, 0), LocalTime.of(22, 0), CareClock.ZONE), CareClock.ZONE);

    @Test
    void onASendDateInsideTheWindowItGoesAtOnce() {
        assertThat(schedule.earliestSend(at(2022, 10, 28, 9, 15), SEED_002_DATES)).contains(at(2022, 10, 28, 9, 15));
    }

    @Test
    void beforeTheFirstDateItWaitsForItsOpening() {
        assertThat(schedule.earliestSend(at(2022, 10, 20, 12, 0), SEED_002_DATES)).contains(at(2022, 10, 28, 7, 0));
    }

    @Test
    void lateOnASendDateItWaitsForTheNextSendDateNotTheNextMorning() {
        assertThat(schedule.earliestSend(at(2022, 10, 28, 22, 30), SEED_002_DATES)).contains(at(2022, 10, 30, 7, 0));
        assertThat(schedule.earliestSend(at(2022, 10, 29, 10, 0), SEED_002_DATES)).contains(at(2022, 10, 30, 7, 0));
    }

    @Test
    void afterTheLastDateThereIsNoTimeLeft() {
        assertThat(schedule.earliestSend(at(2022, 10, 30, 22, 0), SEED_002_DATES)).isEmpty();
        assertThat(schedule.earliestSend(at(2022, 11, 1, 9, 0), SEED_002_DATES)).isEmpty();
    }

    @Test
    void withoutDatesOnlyTheWindowCounts() {
        assertThat(schedule.earliestSend(at(2022, 11, 1, 23, 0), List.of())).contains(at(2022, 11, 2, 7, 0));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CareClock.ZONE).toInstant();
    }
}
