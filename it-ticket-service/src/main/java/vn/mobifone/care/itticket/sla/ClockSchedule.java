package vn.mobifone.care.itticket.sla;

import vn.mobifone.care.itticket.ticket.TicketState;
import vn.mobifone.care.itticket.ticket.Tier;

/**
 * Which clocks run in which state: the total always while someone works on the ticket, a stage
 * clock while the ticket sits at that organisation's tier. Waiting for the customer pauses;
 * resolution stops.
 */
public final class ClockSchedule {

    private ClockSchedule() {
    }

    public static ClockStatus target(SlaStage stage, ClockStatus current, TicketState state, Tier tier) {
        if (state == TicketState.WAITING_FOR_CUSTOMER) {
            return current == ClockStatus.RUNNING ? ClockStatus.PAUSED : current;
        }
        boolean ownsTicket = stage == SlaStage.TOTAL || stage == SlaStage.of(tier);
        if (state.isWorkedOn() && ownsTicket) {
            return ClockStatus.RUNNING;
        }
        return current == ClockStatus.NOT_STARTED ? ClockStatus.NOT_STARTED : ClockStatus.STOPPED;
    }
}
