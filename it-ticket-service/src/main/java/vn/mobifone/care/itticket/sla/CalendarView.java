package vn.mobifone.care.itticket.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Working hours as {@code HH:mm} local time of {@code zone}; null on a calendar that is always open. */
public record CalendarView(
        String code,
        String name,
        boolean alwaysOpen,
        String zone,
        @Schema(examples = "08:00") String workStart,
        @Schema(examples = "17:00") String workEnd,
        @Schema(description = "ISO days of week, 1 = Monday", examples = "1,2,3,4,5") String workDays,
        List<LocalDate> holidays) {

    static CalendarView of(CalendarRow row, List<LocalDate> holidays) {
        return new CalendarView(row.code, row.name, row.alwaysOpen, row.zone, text(row.workStart), text(row.workEnd), row.workDays,
                holidays);
    }

    private static String text(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
