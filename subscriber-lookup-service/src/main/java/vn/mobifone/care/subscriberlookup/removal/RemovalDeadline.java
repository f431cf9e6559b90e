package vn.mobifone.care.subscriberlookup.removal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * Seed 000: "trước ngày 5 hàng tháng gửi công văn chính thức về đề nghị xóa user của các ĐTV nghỉ
 * việc tháng trước" — the official request listing a month's departures is due before the 5th of
 * the next month, in Vietnam's time: it is late from the 5th, 00:00 Asia/Ho_Chi_Minh.
 */
public final class RemovalDeadline {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private RemovalDeadline() {
    }

    /** The first instant at which the request of {@code month} is late. */
    public static Instant dueBy(YearMonth month) {
        return month.plusMonths(1).atDay(5).atStartOfDay(ZONE).toInstant();
    }

    public static boolean overdue(YearMonth month, Instant sentAt, Instant now) {
        return sentAt == null && !now.isBefore(dueBy(month));
    }

    public static boolean sentOnTime(YearMonth month, Instant sentAt) {
        return sentAt != null && sentAt.isBefore(dueBy(month));
    }

    /** A month's request can be sent once the month is over, when its list of departures is final. */
    public static boolean over(YearMonth month, Clock clock) {
        return YearMonth.now(clock.withZone(ZONE)).isAfter(month);
    }

    /** {@code yyyy-MM}, as in the path. */
    public static YearMonth month(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            throw new InvalidInput("month", "must be a month as yyyy-MM");
        }
        try {
            return YearMonth.parse(text, MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "must be a month as yyyy-MM");
        }
    }
}
