package vn.mobifone.care.itticket.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import vn.mobifone.care.contracts.events.TicketStatusChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.outbox.Outbox;

/** Tells the suite that a ticket changed state, tier or level, in the transaction of the change. */
@ApplicationScoped
public class TicketEvents {

    private final Outbox outbox;
    private final Clock clock;

    public TicketEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void statusChanged(Ticket ticket, String actor) {
        outbox.publish(Topics.TICKET_STATUS_CHANGED, new TicketStatusChanged(UUID.randomUUID(), clock.instant(),
                TicketStatusChanged.VERSION, ticket.id.toString(), ticket.state.name(), ticket.tier.name(), ticket.level, actor));
    }
}
