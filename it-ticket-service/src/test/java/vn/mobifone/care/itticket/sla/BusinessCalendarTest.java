package vn.mobifone.care.itticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 9, 2);
    private static final BusinessCalendar OFFICE = BusinessCalendar.workingHours(HANOI, LocalTime.of(8, 0), LocalTime.of(17, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(NATIONAL_DAY));

    @Test
    void aroundTheClockCountsEveryHour() {
        BusinessCalendar always = BusinessCalendar.alwaysOpen(HANOI);
        Instant start = at(2026, 9, 5, 23, 0);
        assertThat(always.plus(start, Duration.ofHours(48))).isEqualTo(at(2026, 9, 7, 23, 0));
        assertThat(always.between(start, at(2026, 9, 6, 3, 30))).isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void fourHoursReceivedLateFridayAreDueMondayMorning() {
        // Friday 2026-09-04 15:00: 2 h left that day, the other 2 h from Monday 08:00.
        assertThat(OFFICE.plus(at(2026, 9, 4, 15, 0), Duration.ofHours(4))).isEqualTo(at(2026, 9, 7, 10, 0));
    }

    @Test
    void aHolidayDoesNotCount() {
        // Tuesday 2026-09-01 16:00, Wednesday 2 September is National Day: 1 h on Tuesday, 3 h on Thursday.
        assertThat(OFFICE.plus(at(2026, 9, 1, 16, 0), Duration.ofHours(4))).isEqualTo(at(2026, 9, 3, 11, 0));
        assertThat(OFFICE.between(at(2026, 9, 1, 16, 0), at(2026, 9, 3, 11, 0))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void requestsOutsideHoursStartAtTheNextOpening() {
        assertThat(OFFICE.plus(at(2026, 9, 5, 10, 0), Duration.ofHours(1))).isEqualTo(at(2026, 9, 7, 9, 0));
        assertThat(OFFICE.between(at(2026, 9, 4, 18, 0), at(2026, 9, 7, 7, 59))).isZero();
    }

    @Test
    void plusAndBetweenAgreeOverAFortyEightHourBudget() {
        Instant start = at(2026, 8, 31, 13, 17);
        Instant due = OFFICE.plus(start, Duration.ofHours(48));
        assertThat(OFFICE.between(start, due)).isEqualTo(Duration.ofHours(48));
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HANOI).toInstant();
    }
}
