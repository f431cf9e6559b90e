package vn.mobifone.care.itticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;

class TierRoutingTest {

    @Test
    void levelsMoveUpAsSeed004Says() {
        assertThat(TierRouting.escalate(Tier.FRONT_LINE, 2, false)).isEqualTo(Tier.PRODUCT_ROOM);
        assertThat(TierRouting.escalate(Tier.FRONT_LINE, 3, false)).isEqualTo(Tier.PRODUCT_ROOM);
        assertThat(TierRouting.escalate(Tier.PRODUCT_ROOM, 3, false)).isEqualTo(Tier.IT_CENTRE);
        assertThat(TierRouting.escalate(Tier.IT_CENTRE, 4, false)).isEqualTo(Tier.SPECIALISED_UNITS);
    }

    @Test
    void lowerLevelsStayWhereTheyAreAnswered() {
        assertThatThrownBy(() -> TierRouting.escalate(Tier.FRONT_LINE, 1, false)).isInstanceOf(BusinessRuleViolation.class)
                .hasFieldOrPropertyWithValue("reason", "level-1-answered-at-front-line");
        assertThatThrownBy(() -> TierRouting.escalate(Tier.PRODUCT_ROOM, 2, false)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> TierRouting.escalate(Tier.IT_CENTRE, 3, false)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> TierRouting.escalate(Tier.SPECIALISED_UNITS, 4, false)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void anUnsatisfiedCustomerGoesToTheItCentre() {
        assertThat(TierRouting.escalate(Tier.FRONT_LINE, 1, true)).isEqualTo(Tier.IT_CENTRE);
        assertThat(TierRouting.escalate(Tier.PRODUCT_ROOM, 2, true)).isEqualTo(Tier.IT_CENTRE);
    }
}
