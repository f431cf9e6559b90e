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
        @EventField(required = true, description = "As the app platform wrote it: 0…, 84… or +84…") String msisdn,
        @EventField(required = true, values = {"ANDROID", "IOS"}) String platform,
        @EventField(required = true) Instant installedAt) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
