package vn.mobifone.care.itticket;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.devstack.testing.EventFields.names;
import static vn.mobifone.care.devstack.testing.EventFields.values;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.TicketSlaBreached;
import vn.mobifone.care.contracts.events.TicketSlaWarning;
import vn.mobifone.care.contracts.events.TicketStatusChanged;
import vn.mobifone.care.itticket.sla.SlaStage;
import vn.mobifone.care.itticket.ticket.TicketState;
import vn.mobifone.care.itticket.ticket.Tier;

/** The values the event contract lists are the ones this service writes or reads: a new constant fails here until the contract has it. */
class EventValuesTest {

    @Test
    void ticketEventsListTheStatesTiersAndStages() {
        assertThat(values(TicketStatusChanged.class, "state")).containsExactlyElementsOf(names(TicketState.class));
        assertThat(values(TicketStatusChanged.class, "tier")).containsExactlyElementsOf(names(Tier.class));
        assertThat(values(TicketSlaBreached.class, "tier")).containsExactlyElementsOf(names(Tier.class));
        assertThat(values(TicketSlaBreached.class, "stage")).containsExactlyElementsOf(names(SlaStage.class, SlaStage::code));
        assertThat(values(TicketSlaWarning.class, "stage")).containsExactlyElementsOf(names(SlaStage.class, SlaStage::code));
    }
}
