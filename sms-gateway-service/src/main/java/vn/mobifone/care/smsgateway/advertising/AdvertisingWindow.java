package vn.mobifone.care.smsgateway.advertising;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Advertising reaches subscribers only between 07:00 and 22:00 local time (configurable). A
 * message due outside the window is not dropped: it waits for the next opening.
 */
public record AdvertisingWindow(LocalTime opens, LocalTime closes, ZoneId zone) {

    public AdvertisingWindow {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("The advertising window must open before it closes: " + opens + "-" + closes);
        }
    }

    public boolean isOpen(Instant at) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return !local.isBefore(opens) && local.isBefore(closes);
    }

    /** {@code due} itself when the window is open then, otherwise the next opening. */
    public Instant earliestSend(Instant due) {
        if (isOpen(due)) {
            return due;
        }
        ZonedDateTime local = due.atZone(zone);
        ZonedDateTime opening = local.with(opens).withNano(0);
        if (!local.toLocalTime().isBefore(opens)) {
            opening = opening.plusDays(1);
        }
        return opening.toInstant();
    }
}
