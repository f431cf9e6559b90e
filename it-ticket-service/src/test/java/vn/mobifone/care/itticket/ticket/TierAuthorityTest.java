package vn.mobifone.care.itticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.security.Roles;

class TierAuthorityTest {

    @Test
    void eachTierHoldsOnlyTheLevelsTheSeedGivesIt() {
        assertThat(TierAuthority.holds(Tier.FRONT_LINE, 1, false)).isTrue();
        assertThat(TierAuthority.holds(Tier.FRONT_LINE, 3, false)).isFalse();
        assertThat(TierAuthority.holds(Tier.PRODUCT_ROOM, 2, false)).isTrue();
        assertThat(TierAuthority.holds(Tier.PRODUCT_ROOM, 3, false)).isFalse();
        assertThat(TierAuthority.holds(Tier.IT_CENTRE, 2, false)).isFalse();
        assertThat(TierAuthority.holds(Tier.IT_CENTRE, 3, false)).isTrue();
        assertThat(TierAuthority.holds(Tier.IT_CENTRE, 4, false)).isTrue();
        assertThat(TierAuthority.holds(Tier.SPECIALISED_UNITS, 3, false)).isFalse();
        assertThat(TierAuthority.holds(Tier.SPECIALISED_UNITS, 4, false)).isTrue();
    }

    @Test
    void aReopenedTicketIsTheItCentresWhateverItsLevel() {
        assertThat(TierAuthority.holds(Tier.IT_CENTRE, 1, true)).isTrue();
        assertThat(TierAuthority.holds(Tier.IT_CENTRE, 2, true)).isTrue();
    }

    @Test
    void rolesMapToTiers() {
        assertThat(TierAuthority.tiersOf(Set.of(Roles.AGENT))).containsExactly(Tier.FRONT_LINE);
        assertThat(TierAuthority.tiersOf(Set.of(Roles.SUPERVISOR))).containsExactlyInAnyOrder(Tier.FRONT_LINE, Tier.PRODUCT_ROOM);
        assertThat(TierAuthority.tiersOf(Set.of(Roles.OPS))).containsExactlyInAnyOrder(Tier.IT_CENTRE, Tier.SPECIALISED_UNITS);
        assertThat(TierAuthority.tiersOf(Set.of(Roles.INTEGRATION, Roles.ADMIN))).isEmpty();
    }

    @Test
    void theHolderWorksTheTicketAndTheFrontLineAnswersTheCustomer() {
        Set<Tier> agent = TierAuthority.tiersOf(Set.of(Roles.AGENT));
        assertThatThrownBy(() -> TierAuthority.requireActingTier(TicketAction.RESOLVE, Tier.IT_CENTRE, agent))
                .isInstanceOf(TierForbidden.class).hasFieldOrPropertyWithValue("reason", "ticket-held-by-another-tier");
        assertThatCode(() -> TierAuthority.requireActingTier(TicketAction.ANSWER_CUSTOMER, Tier.IT_CENTRE, agent)).doesNotThrowAnyException();
        Set<Tier> ops = TierAuthority.tiersOf(Set.of(Roles.OPS));
        assertThatThrownBy(() -> TierAuthority.requireActingTier(TicketAction.REOPEN, Tier.IT_CENTRE, ops)).isInstanceOf(TierForbidden.class);
        assertThatThrownBy(() -> TierAuthority.requireActingTier(TicketAction.ESCALATE, Tier.FRONT_LINE, ops)).isInstanceOf(TierForbidden.class);
    }

    @Test
    void noTierWorksOrResolvesALevelItDoesNotHold() {
        assertThatThrownBy(() -> TierAuthority.requireHeld(TicketAction.START_WORK, Tier.FRONT_LINE, 3, false))
                .isInstanceOf(ResourceConflict.class).hasFieldOrPropertyWithValue("reason", "level-not-held-by-tier");
        assertThatThrownBy(() -> TierAuthority.requireHeld(TicketAction.RESOLVE, Tier.PRODUCT_ROOM, 3, false))
                .isInstanceOf(ResourceConflict.class);
        assertThatCode(() -> TierAuthority.requireHeld(TicketAction.ESCALATE, Tier.FRONT_LINE, 3, false)).doesNotThrowAnyException();
        assertThatCode(() -> TierAuthority.requireHeld(TicketAction.RESOLVE, Tier.IT_CENTRE, 3, false)).doesNotThrowAnyException();
    }

    @Test
    void aReclassificationCannotLeaveATicketBelowItsTier() {
        assertThatThrownBy(() -> TierAuthority.requireReachable(Tier.IT_CENTRE, 2, false))
                .isInstanceOf(ResourceConflict.class).hasFieldOrPropertyWithValue("reason", "level-below-tier");
        assertThatThrownBy(() -> TierAuthority.requireReachable(Tier.SPECIALISED_UNITS, 3, false)).isInstanceOf(ResourceConflict.class);
        assertThatCode(() -> TierAuthority.requireReachable(Tier.FRONT_LINE, 1, false)).doesNotThrowAnyException();
        assertThatCode(() -> TierAuthority.requireReachable(Tier.IT_CENTRE, 2, true)).doesNotThrowAnyException();
    }
}
