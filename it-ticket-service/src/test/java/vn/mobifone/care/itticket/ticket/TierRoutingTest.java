package vn.mobifone.care.itticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;

class TierRoutingTest {

    @Test
    void levelsMoveUpAsSeed004Says() {
        assertThat(TierRouting.escalate(Tier.FRONT_LINE, 2)).isEqualTo(Tier.PRODUCT_ROOM);
        assertThat(TierRouting.escalate(Tier.FRONT_LINE, 3)).isEqualTo(Tier.PRODUCT_ROOM);
        assertThat(TierRouting.escalate(Tier.PRODUCT_ROOM, 3)).isEqualTo(Tier.IT_CENTRE);
        assertThat(TierRouting.escalate(Tier.IT_CENTRE, 4)).isEqualTo(Tier.SPECIALISED_UNITS);
    }

    @Test
    void lowerLevelsStayWhereTheyAreAnswered() {
        assertThatThrownBy(() -> TierRouting.escalate(Tier.FRONT_LINE, 1)).isInstanceOf(BusinessRuleViolation.class)
                .hasFieldOrPropertyWithValue("reason", "level-1-answered-at-front-line");
        assertThatThrownBy(() -> TierRouting.escalate(Tier.PRODUCT_ROOM, 2)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> TierRouting.escalate(Tier.IT_CENTRE, 3)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> TierRouting.escalate(Tier.SPECIALISED_UNITS, 4)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void anUnsatisfiedCustomerGoesStraightToTheItCentre() {
        assertThat(TierRouting.reopen(Tier.FRONT_LINE)).isEqualTo(Tier.IT_CENTRE);
        assertThat(TierRouting.reopen(Tier.PRODUCT_ROOM)).isEqualTo(Tier.IT_CENTRE);
        assertThat(TierRouting.reopen(Tier.IT_CENTRE)).isEqualTo(Tier.IT_CENTRE);
        assertThat(TierRouting.reopen(Tier.SPECIALISED_UNITS)).isEqualTo(Tier.SPECIALISED_UNITS);
    }
}
