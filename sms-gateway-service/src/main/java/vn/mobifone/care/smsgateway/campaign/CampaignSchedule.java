package vn.mobifone.care.smsgateway.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.mobifone.care.smsgateway.advertising.AdvertisingWindow;

/**
 * When a campaign's outreach may go: on one of its send dates (local days), inside the
 * advertising window. A message due before a send date waits for it; after the last one it has
 * no time left.
 */
public record CampaignSchedule(AdvertisingWindow window, ZoneId zone) {

    /** The earliest send at or after {@code due}, or empty when every send date has passed. */
    public Optional<Instant> earliestSend(Instant due, List<LocalDate> sendDates) {
        Instant candidate = window.earliestSend(due);
        if (sendDates.isEmpty()) {
            return Optional.of(candidate);
        }
        LocalDate day = candidate.atZone(zone).toLocalDate();
        return sendDates.stream().filter(d -> !d.isBefore(day)).sorted().findFirst()
                .map(d -> d.equals(day) ? candidate : window.earliestSend(d.atStartOfDay(zone).toInstant()));
    }
}
