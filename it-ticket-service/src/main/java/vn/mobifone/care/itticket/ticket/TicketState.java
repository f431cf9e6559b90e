package vn.mobifone.care.itticket.ticket;

import java.util.Arrays;
import java.util.List;

/** The states of {@link TicketLifecycle}; see docs/it-ticket-service.md for the diagram. */
public enum TicketState {
    NEW,
    CLASSIFIED,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    RESOLVED,
    ANSWERED_TO_CUSTOMER,
    CLOSED,
    REOPENED;

    /** Someone owes the customer work: the SLA clocks run. */
    public boolean isWorkedOn() {
        return this == NEW || this == CLASSIFIED || this == IN_PROGRESS || this == REOPENED;
    }

    public boolean isOpen() {
        return this != RESOLVED && this != ANSWERED_TO_CUSTOMER && this != CLOSED;
    }

    /** The names of the states that are no longer open, for queries: {@code state NOT IN (:done)}. */
    public static List<String> doneNames() {
        return Arrays.stream(values()).filter(s -> !s.isOpen()).map(Enum::name).toList();
    }

    public static List<TicketState> done() {
        return Arrays.stream(values()).filter(s -> !s.isOpen()).toList();
    }
}
