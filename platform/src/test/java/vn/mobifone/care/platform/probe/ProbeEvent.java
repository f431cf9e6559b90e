package vn.mobifone.care.platform.probe;

import java.time.Instant;
import java.util.UUID;
import vn.mobifone.care.contracts.events.CareEvent;

public record ProbeEvent(UUID eventId, Instant occurredAt, int version, String msisdn, String note) implements CareEvent {

    public static ProbeEvent of(String msisdn, String note) {
        return new ProbeEvent(UUID.randomUUID(), Instant.now(), 1, msisdn, note);
    }

    @Override
    public String key() {
        return msisdn;
    }
}
