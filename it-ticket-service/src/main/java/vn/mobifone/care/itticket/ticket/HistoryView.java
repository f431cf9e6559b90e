package vn.mobifone.care.itticket.ticket;

import java.time.Instant;

public record HistoryView(long id, Instant at, String actor, String change, String from, String to, String note) {

    static HistoryView of(TicketHistoryEntry entry) {
        return new HistoryView(entry.id, entry.at, entry.actor, entry.change, entry.fromValue, entry.toValue, entry.note);
    }
}
