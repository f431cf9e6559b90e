package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A raw installation report of the My MobiFone platform on {@code app-installations} (external
 * producer, key MSISDN in any written form). The lookup service validates it against the
 * subscriber base and, when it changes something, publishes {@link AppInstalled}.
 */
public record AppInstallationReported(
        UUID eventId,
        Instant occurredAt,
        int version,
        String msisdn,
        String platform,
        Instant installedAt) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
