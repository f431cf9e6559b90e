package vn.mobifone.care.subscriberlookup.vip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternalVipTest {

    @Test
    void theCompanyPrefixFollowedByANameAndTitleIsALeader() {
        assertThat(InternalVip.test(InternalVip.SUBSCRIPTION_NAME_PREFIX + " Lê Văn Nam - Giám đốc")).isTrue();
    }

    @Test
    void thePrefixAloneOrAnotherCompanyIsNot() {
        assertThat(InternalVip.test(InternalVip.SUBSCRIPTION_NAME_PREFIX)).isFalse();
        assertThat(InternalVip.test(InternalVip.SUBSCRIPTION_NAME_PREFIX + "   ")).isFalse();
        assertThat(InternalVip.test("Công Ty Dịch Vụ MobiFone Khu Vực 3 - Chi Nhánh Tổng Công Ty Viễn Thông MobiFone - Lê Văn Nam")).isFalse();
        assertThat(InternalVip.test("Lê Văn Nam")).isFalse();
        assertThat(InternalVip.test(null)).isFalse();
    }
}
