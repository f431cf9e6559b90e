package vn.mobifone.care.subscriberlookup.agents;

import java.time.Instant;
import java.time.LocalDate;

/** A person of the directory as the API shows them. {@code removedAt}: when the departure was recorded and the account refused everywhere. */
public record AgentView(String id, String name, String partnerId, AgentRole role, String callCentre, String line, AgentStatus status,
        LocalDate startDate, LocalDate departureDate, Instant removedAt, String recordedBy, Instant recordedAt) {

    static AgentView of(Agent a) {
        return new AgentView(a.id, a.name, a.partnerId, a.role, a.callCentre, a.line, a.status, a.startDate, a.departureDate, a.removedAt,
                a.recordedBy, a.recordedAt);
    }
}
