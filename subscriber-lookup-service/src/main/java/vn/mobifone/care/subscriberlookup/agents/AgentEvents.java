package vn.mobifone.care.subscriberlookup.agents;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import vn.mobifone.care.contracts.events.AgentStatusChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.outbox.Outbox;

/** Announces a person's status to every service of the suite, in the transaction that changed it. */
@ApplicationScoped
class AgentEvents {

    private final Outbox outbox;
    private final Clock clock;

    AgentEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void publish(Agent agent) {
        outbox.publish(Topics.AGENT_STATUS_CHANGED, new AgentStatusChanged(UUID.randomUUID(), clock.instant(), AgentStatusChanged.VERSION,
                agent.id, agent.partnerId, agent.role.name(), agent.status.name(), agent.departureDate, agent.recordedBy));
    }
}
