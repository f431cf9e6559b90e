package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of the agent directory (an agent or a supervisor of a partner call centre) was
 * registered or changed status. The topic is compacted, keyed by {@code agentId} (the subject of
 * the person's tokens), so the latest status of every person survives and a service that reads it
 * from the beginning knows the whole directory. {@code status} is {@code ACTIVE}, {@code SUSPENDED}
 * or {@code DEPARTED}; only {@code ACTIVE} may use the suite.
 */
public record AgentStatusChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        @EventField(required = true, description = "The subject of the person's tokens") String agentId,
        @EventField(required = true) String partnerId,
        @EventField(required = true, values = {"AGENT", "SUPERVISOR"}) String role,
        @EventField(required = true, values = {"ACTIVE", "SUSPENDED", "DEPARTED"}, description = "Only ACTIVE may use the suite") String status,
        LocalDate departedOn,
        @EventField(required = true) String recordedBy) implements CareEvent {

    public static final int VERSION = 1;
    public static final String ACTIVE = "ACTIVE";

    @Override
    public String key() {
        return agentId;
    }
}
