package vn.mobifone.care.itticket.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When an SLA clock may tick: around the clock, or working hours on working days minus holidays.
 * Budgets are business time, so a 4 h budget received at 16:00 on a Friday of an office-hours
 * calendar is due at 11:00 on Monday, not at 20:00 on Friday.
 */
public final class BusinessCalendar {

    /** Far enough for a 48 h budget over any realistic run of holidays; guards against a calendar without working days. */
    private static final int MAX_DAYS = 3_660;

    private final ZoneId zone;
    private final LocalTime open;
    private final LocalTime close;
    private final Set<DayOfWeek> workDays;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> workDays, Set<LocalDate> holidays) {
        this.zone = zone;
        this.open = open;
        this.close = close;
        this.workDays = Set.copyOf(workDays);
        this.holidays = Set.copyOf(holidays);
    }

    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return new BusinessCalendar(zone, null, null, Set.of(DayOfWeek.values()), Set.of());
    }

    public static BusinessCalendar workingHours(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> workDays, Set<LocalDate> holidays) {
        if (!open.isBefore(close) || workDays.isEmpty()) {
            throw new IllegalArgumentException("A working-hours calendar needs open < close and at least one working day");
        }
        return new BusinessCalendar(zone, open, close, workDays, holidays);
    }

    public boolean isAlwaysOpen() {
        return open == null;
    }

    /** The moment at which {@code work} of business time has passed since {@code start}. */
    public Instant plus(Instant start, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("Negative business time " + work);
        }
        if (isAlwaysOpen()) {
            return start.plus(work);
        }
        Duration left = work;
        ZonedDateTime cursor = start.atZone(zone);
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            if (isWorkingDay(date)) {
                ZonedDateTime from = later(cursor, date.atTime(open).atZone(zone));
                ZonedDateTime to = date.atTime(close).atZone(zone);
                if (from.isBefore(to)) {
                    Duration window = Duration.between(from, to);
                    if (window.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(window);
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days");
    }

    /** Business time between two moments; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (isAlwaysOpen()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        ZonedDateTime end = to.atZone(zone);
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            ZonedDateTime windowStart = later(from.atZone(zone), date.atTime(open).atZone(zone));
            ZonedDateTime windowEnd = earlier(end, date.atTime(close).atZone(zone));
            if (windowStart.isBefore(windowEnd)) {
                total = total.plus(Duration.between(windowStart, windowEnd));
            }
        }
        return total;
    }

    private boolean isWorkingDay(LocalDate date) {
        return workDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime earlier(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
