package vn.mobifone.care.itticket.ticket;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record HistoryView(long id, Instant at, String actor, @Schema(description = "What changed; from and to hold its old and new value", enumeration = {"received", "request-type", "level", "state",
        "tier", "assignment", "comment", "progress"}) String change, String from, String to, String note) {

    static HistoryView of(TicketHistoryEntry entry) {
        return new HistoryView(entry.id, entry.at, entry.actor, entry.change, entry.fromValue, entry.toValue, entry.note);
    }
}
