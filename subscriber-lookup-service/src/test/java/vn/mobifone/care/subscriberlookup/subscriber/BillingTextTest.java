package vn.mobifone.care.subscriberlookup.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BillingTextTest {

    /** "Công Ty" written with combining marks: o + U+0302 (circumflex), then U+0300 (grave) on the o of "Công". */
    private static final String DECOMPOSED = "Co\u0302ng Ty";

    @Test
    void tidyComposesAndCollapsesEverySpace() {
        assertThat(BillingText.tidy(" " + DECOMPOSED + "\u00A0\u00A0Dịch\u202FVụ\t ")).isEqualTo("Công Ty Dịch Vụ");
        assertThat(BillingText.tidy(null)).isNull();
    }

    @Test
    void theKeyIgnoresCaseUnicodeFormSpacesAndHyphenSpacing() {
        String key = BillingText.key("Công ty Dịch vụ Mobifone - Chi nhánh");
        assertThat(BillingText.key("CÔNG TY DỊCH VỤ MOBIFONE-CHI NHÁNH")).isEqualTo(key);
        assertThat(BillingText.key(DECOMPOSED + "  Dịch\u00A0Vụ MobiFone -Chi Nhánh")).isEqualTo(key);
        assertThat(BillingText.key("Công Ty Dịch Vụ MobiFone \u2013 Chi Nhánh")).isEqualTo(key);
        assertThat(key).isEqualTo("công ty dịch vụ mobifone-chi nhánh");
    }
}
