package vn.mobifone.care.itticket.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The append-only trail of every change of a ticket. */
@ApplicationScoped
public class TicketHistory {

    private final Clock clock;

    public TicketHistory(Clock clock) {
        this.clock = clock;
    }

    void record(Ticket ticket, String actor, String change, Object from, Object to, String note) {
        TicketHistoryEntry entry = new TicketHistoryEntry();
        entry.ticketId = ticket.id;
        entry.at = clock.instant();
        entry.actor = actor;
        entry.change = change;
        entry.fromValue = from == null ? null : from.toString();
        entry.toValue = to == null ? null : to.toString();
        entry.note = note;
        entry.persist();
    }

    /** Records only what actually changed. */
    void recordIfChanged(Ticket ticket, String actor, String change, Object from, Object to, String note) {
        if (!Objects.equals(from, to)) {
            record(ticket, actor, change, from, to, note);
        }
    }

    List<TicketHistoryEntry> of(UUID ticketId) {
        return TicketHistoryEntry.list("ticketId = ?1 order by id", ticketId);
    }
}
