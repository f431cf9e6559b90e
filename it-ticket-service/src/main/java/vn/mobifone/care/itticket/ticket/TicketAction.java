package vn.mobifone.care.itticket.ticket;

/** What people do to a ticket; {@link TicketLifecycle} says where each leads. */
public enum TicketAction {
    START_WORK,
    ESCALATE,
    WAIT_FOR_CUSTOMER,
    CUSTOMER_REPLIED,
    RESOLVE,
    ANSWER_CUSTOMER,
    REOPEN,
    CLOSE
}
