package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** My MobiFone was installed by the subscriber, as accepted by the lookup service. */
public record AppInstalled(
        UUID eventId,
        Instant occurredAt,
        int version,
        String msisdn,
        @EventField(required = true, values = {"ANDROID", "IOS"}) String platform,
        @EventField(required = true) Instant installedAt) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
