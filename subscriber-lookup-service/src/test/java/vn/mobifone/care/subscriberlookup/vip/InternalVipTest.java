package vn.mobifone.care.subscriberlookup.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InternalVipTest {

    @Test
    void theCompanyPrefixFollowedByANameAndTitleIsALeader() {
        assertThat(InternalVip.test(InternalVip.SUBSCRIPTION_NAME_PREFIX + " Lê Văn Nam - Giám đốc")).isTrue();
    }

    /** The same business number as billing writes it: seed 001 itself has "MobiFone -Tên (chức danh)". */
    @ParameterizedTest
    @ValueSource(strings = {
            "Công ty Dịch vụ Mobifone Khu vực 2 - Chi nhánh Tổng Công ty Viễn thông Mobifone - Lê Văn Nam - Giám đốc",
            "CÔNG TY DỊCH VỤ MOBIFONE KHU VỰC 2 - CHI NHÁNH TỔNG CÔNG TY VIỄN THÔNG MOBIFONE - LÊ VĂN NAM - GIÁM ĐỐC",
            "Công Ty Dịch Vụ MobiFone Khu Vực 2-Chi Nhánh Tổng Công Ty Viễn Thông MobiFone -Lê Văn Nam (Giám đốc)",
            "Công Ty  Dịch Vụ MobiFone\u00A0Khu Vực 2 - Chi Nhánh Tổng Công Ty Viễn Thông MobiFone - Lê Văn Nam - Giám đốc" })
    void theLeadersNumberIsFoundWhateverTheCaseSpacingOrHyphens(String name) {
        assertThat(InternalVip.test(name)).isTrue();
    }

    @Test
    void theLeadersNumberIsFoundWithCombiningAccents() {
        String decomposed = Normalizer.normalize(InternalVip.SUBSCRIPTION_NAME_PREFIX + " Lê Văn Nam - Giám đốc", Normalizer.Form.NFD);
        assertThat(decomposed).doesNotStartWith(InternalVip.SUBSCRIPTION_NAME_PREFIX);
        assertThat(InternalVip.test(decomposed)).isTrue();
    }

    @Test
    void thePrefixAloneOrAnotherCompanyIsNot() {
        assertThat(InternalVip.test(InternalVip.SUBSCRIPTION_NAME_PREFIX)).isFalse();
        assertThat(InternalVip.test(InternalVip.SUBSCRIPTION_NAME_PREFIX + "   ")).isFalse();
        assertThat(InternalVip.test(InternalVip.SUBSCRIPTION_NAME_PREFIX + "\u00A0")).isFalse();
        assertThat(InternalVip.test("Công Ty Dịch Vụ MobiFone Khu Vực 3 - Chi Nhánh Tổng Công Ty Viễn Thông MobiFone - Lê Văn Nam")).isFalse();
        assertThat(InternalVip.test("Lê Văn Nam")).isFalse();
        assertThat(InternalVip.test(null)).isFalse();
    }
}
