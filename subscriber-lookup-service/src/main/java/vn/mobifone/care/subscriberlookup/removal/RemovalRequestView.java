package vn.mobifone.care.subscriberlookup.removal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The official list of a partner's agents who departed in a month. {@code status}: OPEN (not
 * sent), SENT, ACKNOWLEDGED (by MobiFone's 1090 centre); {@code dueBy} is the first instant at
 * which it is late.
 */
public record RemovalRequestView(String partnerId, String partnerName, String month, Instant dueBy, String status, boolean overdue,
        Instant sentAt, String sentBy, Boolean sentOnTime, Instant acknowledgedAt, String acknowledgedBy, List<Departure> departures) {

    /** One departed person: {@code removedAt} is when the departure was recorded and the account refused everywhere. */
    public record Departure(String agentId, String name, String role, String callCentre, String line, LocalDate startDate,
            LocalDate departedOn, Instant removedAt) {
    }

    /** A request past its due date and not sent, as the 1090 centre follows them up. */
    public record Overdue(String partnerId, String partnerName, String month, Instant dueBy, int departures) {
    }
}
