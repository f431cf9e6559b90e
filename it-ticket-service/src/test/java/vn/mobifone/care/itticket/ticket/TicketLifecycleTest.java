package vn.mobifone.care.itticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.problem.ResourceConflict;

class TicketLifecycleTest {

    @Test
    void aLevelTwoTicketGoesFromWorkToTheCustomerAndCloses() {
        TicketState state = TicketLifecycle.classify(TicketState.NEW);
        state = TicketLifecycle.next(state, TicketAction.ESCALATE, 2);
        state = TicketLifecycle.next(state, TicketAction.WAIT_FOR_CUSTOMER, 2);
        state = TicketLifecycle.next(state, TicketAction.CUSTOMER_REPLIED, 2);
        state = TicketLifecycle.next(state, TicketAction.RESOLVE, 2);
        state = TicketLifecycle.next(state, TicketAction.ANSWER_CUSTOMER, 2);
        assertThat(TicketLifecycle.next(state, TicketAction.CLOSE, 2)).isEqualTo(TicketState.CLOSED);
    }

    @Test
    void onlyLevelOneIsAnsweredAtOnce() {
        assertThat(TicketLifecycle.next(TicketState.CLASSIFIED, TicketAction.ANSWER_CUSTOMER, 1)).isEqualTo(TicketState.ANSWERED_TO_CUSTOMER);
        assertThat(TicketLifecycle.resolves(TicketState.CLASSIFIED, TicketState.ANSWERED_TO_CUSTOMER)).isTrue();
        assertThat(TicketLifecycle.resolves(TicketState.RESOLVED, TicketState.ANSWERED_TO_CUSTOMER)).isFalse();
        assertThatThrownBy(() -> TicketLifecycle.next(TicketState.CLASSIFIED, TicketAction.ANSWER_CUSTOMER, 2))
                .isInstanceOf(ResourceConflict.class);
    }

    @Test
    void aDissatisfiedCustomerReopensAndAClosedTicketStaysClosed() {
        assertThat(TicketLifecycle.next(TicketState.ANSWERED_TO_CUSTOMER, TicketAction.REOPEN, 2)).isEqualTo(TicketState.REOPENED);
        assertThatThrownBy(() -> TicketLifecycle.next(TicketState.CLOSED, TicketAction.REOPEN, 2)).isInstanceOf(ResourceConflict.class);
        assertThatThrownBy(() -> TicketLifecycle.classify(TicketState.CLOSED)).isInstanceOf(ResourceConflict.class);
    }

    @Test
    void reclassificationKeepsTheState() {
        assertThat(TicketLifecycle.classify(TicketState.WAITING_FOR_CUSTOMER)).isEqualTo(TicketState.WAITING_FOR_CUSTOMER);
    }
}
