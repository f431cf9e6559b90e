package vn.mobifone.care.itticket.ticket;

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
}
