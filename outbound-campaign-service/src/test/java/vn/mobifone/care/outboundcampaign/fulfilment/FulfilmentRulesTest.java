package vn.mobifone.care.outboundcampaign.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.script.GiftChoice;
import vn.mobifone.care.outboundcampaign.script.GiftChoice.GiftKind;
import vn.mobifone.care.platform.problem.InvalidInput;

class FulfilmentRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 28);
    private static final WorkingDays WEEKDAYS = new WorkingDays(Set.of());
    private static final GiftChoice PHYSICAL = new GiftChoice(GiftKind.PHYSICAL, "Bình giữ nhiệt", "12 Trần Hưng Đạo", "Ninh Kiều", null);

    @Test
    void fromArpu500000TheGiftIsDeliveredHomeWithin30Days() {
        assertThat(GiftRule.decide(PHYSICAL, 500_000, WEDNESDAY, WEEKDAYS))
                .isEqualTo(new GiftRule.Decision(GiftRule.Fulfilment.HOME_DELIVERY, LocalDate.of(2026, 11, 27)));
        assertThat(GiftRule.decide(PHYSICAL, 499_999, WEDNESDAY, WEEKDAYS))
                .isEqualTo(new GiftRule.Decision(GiftRule.Fulfilment.STORE_PICKUP, LocalDate.of(2026, 10, 30)));
    }

    @Test
    void eachFulfilmentNeedsItsData() {
        GiftChoice noAddress = new GiftChoice(GiftKind.PHYSICAL, "Ô", null, "Ninh Kiều", null);
        assertThatThrownBy(() -> GiftRule.decide(noAddress, 900_000, WEDNESDAY, WEEKDAYS)).isInstanceOf(InvalidInput.class);
        GiftChoice insurance = new GiftChoice(GiftKind.INSURANCE, "PVI", null, null, null);
        assertThatThrownBy(() -> GiftRule.decide(insurance, 900_000, WEDNESDAY, WEEKDAYS)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theEPolicyIsDueInTwoWorkingDaysSkippingWeekendsAndHolidays() {
        GiftChoice insurance = new GiftChoice(GiftKind.INSURANCE, "PVI", null, null, "65B1-123.45");
        assertThat(GiftRule.decide(insurance, 100_000, WEDNESDAY, WEEKDAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(GiftRule.decide(insurance, 100_000, LocalDate.of(2026, 10, 30), WEEKDAYS).dueOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        WorkingDays nationalDay = new WorkingDays(Set.of(LocalDate.of(2026, 9, 2)));
        assertThat(nationalDay.plus(LocalDate.of(2026, 9, 1), 2)).isEqualTo(LocalDate.of(2026, 9, 4));
    }

    @Test
    void theIdentityDeadlineIsThe30thOrThe15thNextMonthWhicheverIsNearerToCallPlus15Days() {
        assertThat(IdentityDeadline.of(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(IdentityDeadline.of(LocalDate.of(2026, 10, 28))).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(IdentityDeadline.of(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
