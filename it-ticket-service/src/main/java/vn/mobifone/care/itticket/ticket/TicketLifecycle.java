package vn.mobifone.care.itticket.ticket;

import static vn.mobifone.care.itticket.ticket.TicketState.ANSWERED_TO_CUSTOMER;
import static vn.mobifone.care.itticket.ticket.TicketState.CLASSIFIED;
import static vn.mobifone.care.itticket.ticket.TicketState.CLOSED;
import static vn.mobifone.care.itticket.ticket.TicketState.IN_PROGRESS;
import static vn.mobifone.care.itticket.ticket.TicketState.NEW;
import static vn.mobifone.care.itticket.ticket.TicketState.REOPENED;
import static vn.mobifone.care.itticket.ticket.TicketState.RESOLVED;
import static vn.mobifone.care.itticket.ticket.TicketState.WAITING_FOR_CUSTOMER;

import java.util.Set;
import vn.mobifone.care.platform.problem.ResourceConflict;

/**
 * The ticket state machine (seed 004 steps 1.1 to 3.1). Level 1 is answered at once by the front
 * line, so a classified level-1 ticket may go straight to the customer; everything else is worked,
 * resolved by the tier that holds it, then answered by the receiving agent.
 */
public final class TicketLifecycle {

    private static final Set<TicketState> RECLASSIFIABLE = Set.of(CLASSIFIED, IN_PROGRESS, WAITING_FOR_CUSTOMER, REOPENED);

    private TicketLifecycle() {
    }

    public static TicketState next(TicketState from, TicketAction action, int level) {
        TicketState to = switch (action) {
            case START_WORK -> from == CLASSIFIED || from == REOPENED ? IN_PROGRESS : null;
            case ESCALATE -> from == CLASSIFIED || from == IN_PROGRESS || from == REOPENED ? IN_PROGRESS : null;
            case WAIT_FOR_CUSTOMER -> from == IN_PROGRESS ? WAITING_FOR_CUSTOMER : null;
            case CUSTOMER_REPLIED -> from == WAITING_FOR_CUSTOMER ? IN_PROGRESS : null;
            case RESOLVE -> from == IN_PROGRESS ? RESOLVED : null;
            case ANSWER_CUSTOMER -> from == RESOLVED || (from == CLASSIFIED && level == 1) ? ANSWERED_TO_CUSTOMER : null;
            case REOPEN -> from == RESOLVED || from == ANSWERED_TO_CUSTOMER ? REOPENED : null;
            case CLOSE -> from == ANSWERED_TO_CUSTOMER ? CLOSED : null;
        };
        if (to == null) {
            throw new ResourceConflict("invalid-transition", "A " + from + " ticket cannot " + action);
        }
        return to;
    }

    /** Classification takes a new ticket to CLASSIFIED; later it is a reclassification that keeps the state. */
    public static TicketState classify(TicketState from) {
        if (from == NEW) {
            return CLASSIFIED;
        }
        if (RECLASSIFIABLE.contains(from)) {
            return from;
        }
        throw new ResourceConflict("invalid-transition", "A " + from + " ticket cannot be classified");
    }

    /** Resolution moments: resolving, or answering a level-1 question on the spot. */
    public static boolean resolves(TicketState from, TicketState to) {
        return to == RESOLVED || (to == ANSWERED_TO_CUSTOMER && from != RESOLVED);
    }
}
