package vn.mobifone.care.itticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/** The stored calendars, turned into {@link BusinessCalendar}s for the clock arithmetic. */
@ApplicationScoped
public class Calendars {

    public BusinessCalendar of(long calendarId) {
        CalendarRow row = CalendarRow.findById(calendarId);
        if (row == null) {
            throw new ResourceNotFound("Calendar", calendarId);
        }
        ZoneId zone = ZoneId.of(row.zone);
        if (row.alwaysOpen) {
            return BusinessCalendar.alwaysOpen(zone);
        }
        Set<DayOfWeek> days = Arrays.stream(row.workDays.split(","))
                .map(d -> DayOfWeek.of(Integer.parseInt(d.trim())))
                .collect(Collectors.toSet());
        return BusinessCalendar.workingHours(zone, row.workStart, row.workEnd, days, holidays(calendarId));
    }

    public CalendarRow byCode(String code) {
        return CalendarRow.<CalendarRow>find("code", code).firstResultOptional()
                .orElseThrow(() -> new InvalidInput("calendar", "Unknown calendar " + code));
    }

    public List<CalendarRow> all() {
        return CalendarRow.listAll();
    }

    public Set<LocalDate> holidays(long calendarId) {
        return HolidayRow.<HolidayRow>list("calendarId", calendarId).stream().map(h -> h.day).collect(Collectors.toSet());
    }

    public void addHoliday(String code, LocalDate day, String name) {
        CalendarRow calendar = CalendarRow.<CalendarRow>find("code", code).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFound("Calendar", code));
        if (calendar.alwaysOpen) {
            throw new ResourceConflict("calendar-always-open", "Calendar " + code + " runs around the clock and has no holidays");
        }
        if (HolidayRow.count("calendarId = ?1 and day = ?2", calendar.id, day) > 0) {
            throw new ResourceConflict("holiday-exists", day + " is already a holiday of " + code);
        }
        HolidayRow holiday = new HolidayRow();
        holiday.calendarId = calendar.id;
        holiday.day = day;
        holiday.name = name;
        holiday.persist();
    }
}
