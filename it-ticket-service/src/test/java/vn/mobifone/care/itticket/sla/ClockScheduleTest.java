package vn.mobifone.care.itticket.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.itticket.sla.ClockStatus.NOT_STARTED;
import static vn.mobifone.care.itticket.sla.ClockStatus.PAUSED;
import static vn.mobifone.care.itticket.sla.ClockStatus.RUNNING;
import static vn.mobifone.care.itticket.sla.ClockStatus.STOPPED;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.itticket.ticket.TicketState;
import vn.mobifone.care.itticket.ticket.Tier;

class ClockScheduleTest {

    @Test
    void theRegionalClockRunsUntilTheItCentreTakesOver() {
        assertThat(ClockSchedule.target(SlaStage.REGIONAL_COMPANY, RUNNING, TicketState.IN_PROGRESS, Tier.PRODUCT_ROOM)).isEqualTo(RUNNING);
        assertThat(ClockSchedule.target(SlaStage.REGIONAL_COMPANY, RUNNING, TicketState.IN_PROGRESS, Tier.IT_CENTRE)).isEqualTo(STOPPED);
        assertThat(ClockSchedule.target(SlaStage.IT_CENTRE, NOT_STARTED, TicketState.IN_PROGRESS, Tier.PRODUCT_ROOM)).isEqualTo(NOT_STARTED);
        assertThat(ClockSchedule.target(SlaStage.IT_CENTRE, NOT_STARTED, TicketState.IN_PROGRESS, Tier.IT_CENTRE)).isEqualTo(RUNNING);
        assertThat(ClockSchedule.target(SlaStage.IT_CENTRE, RUNNING, TicketState.IN_PROGRESS, Tier.SPECIALISED_UNITS)).isEqualTo(RUNNING);
    }

    @Test
    void waitingForTheCustomerPausesOnlyRunningClocks() {
        assertThat(ClockSchedule.target(SlaStage.TOTAL, RUNNING, TicketState.WAITING_FOR_CUSTOMER, Tier.IT_CENTRE)).isEqualTo(PAUSED);
        assertThat(ClockSchedule.target(SlaStage.REGIONAL_COMPANY, STOPPED, TicketState.WAITING_FOR_CUSTOMER, Tier.IT_CENTRE)).isEqualTo(STOPPED);
        assertThat(ClockSchedule.target(SlaStage.TOTAL, PAUSED, TicketState.IN_PROGRESS, Tier.IT_CENTRE)).isEqualTo(RUNNING);
    }

    @Test
    void resolutionStopsAndReopeningRestarts() {
        assertThat(ClockSchedule.target(SlaStage.TOTAL, PAUSED, TicketState.RESOLVED, Tier.IT_CENTRE)).isEqualTo(STOPPED);
        assertThat(ClockSchedule.target(SlaStage.IT_CENTRE, NOT_STARTED, TicketState.RESOLVED, Tier.PRODUCT_ROOM)).isEqualTo(NOT_STARTED);
        assertThat(ClockSchedule.target(SlaStage.TOTAL, STOPPED, TicketState.REOPENED, Tier.FRONT_LINE)).isEqualTo(RUNNING);
    }
}
