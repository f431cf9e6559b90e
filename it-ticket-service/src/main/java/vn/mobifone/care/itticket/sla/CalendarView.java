package vn.mobifone.care.itticket.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

public record CalendarView(String code, String name, boolean alwaysOpen, String zone, LocalTime workStart, LocalTime workEnd,
        String workDays, List<LocalDate> holidays) {

    static CalendarView of(CalendarRow row, List<LocalDate> holidays) {
        return new CalendarView(row.code, row.name, row.alwaysOpen, row.zone, row.workStart, row.workEnd, row.workDays, holidays);
    }
}
