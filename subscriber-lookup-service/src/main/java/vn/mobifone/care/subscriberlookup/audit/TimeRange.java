package vn.mobifone.care.subscriberlookup.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.mobifone.care.platform.problem.InvalidInput;

/** [from, to) of a report, from ISO-8601 texts with an offset ({@code 2026-11-01T00:00:00+07:00}). */
public record TimeRange(Instant from, Instant to) {

    static final Duration LONGEST = Duration.ofDays(366);

    /** Either end may be absent (open); when both are given, to is after from and at most a year later. */
    public static TimeRange of(String from, String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                throw new InvalidInput("to", "must be after from");
            }
            if (Duration.between(start, end).compareTo(LONGEST) > 0) {
                throw new InvalidInput("to", "the period may span at most 366 days");
            }
        }
        return new TimeRange(start, end);
    }

    /** Both ends required, for reports that compare hours. */
    public static TimeRange closed(String from, String to) {
        if (from == null) {
            throw new InvalidInput("from", "is required");
        }
        if (to == null) {
            throw new InvalidInput("to", "is required");
        }
        return of(from, to);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T00:00:00+07:00");
        }
    }
}
