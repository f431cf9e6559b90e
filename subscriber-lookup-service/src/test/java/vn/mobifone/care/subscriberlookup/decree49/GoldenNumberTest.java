package vn.mobifone.care.subscriberlookup.decree49;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldenNumberTest {

    @ParameterizedTest(name = "commitment ''{0}'', company ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "CK 12 tháng|''|true",
            "ck số đẹp 24 tháng|''|true",
            "CK|null|true",
            "KHÔNG CK|''|false",
            "KHÔNG CK 12 tháng|''|false",
            "Khong CK|''|false",
            "không ck|''|false",
            "KHÔNG  CK|''|false",
            "KHÔNG CK|Kho số TCT|true",
            "null|Cửa hàng SO TCT|true",
            "null|KHO SỐ TCT|true",
            "Trả trước thường|Công ty ABC|false",
            "BLOCK|''|false",
            "null|null|false" })
    void aCommitmentOrACorporationNumberMakesAGoldenNumber(String commitmentType, String company, boolean golden) {
        assertThat(GoldenNumber.test(commitmentType, company)).isEqualTo(golden);
    }

    /** The Ô of KHÔNG as O + U+0302, or a no-break space before CK: still "no commitment". */
    @Test
    void noCommitmentIsReadInAnyUnicodeFormAndSpacing() {
        assertThat(GoldenNumber.test(nfd("KHÔNG CK 12 tháng"), "")).isFalse();
        assertThat(GoldenNumber.test("KHÔNG\u00A0CK", "")).isFalse();
        assertThat(GoldenNumber.test(nfd("Không\u00A0CK"), "")).isFalse();
    }

    @Test
    void theCorporationNumberIsFoundWithCombiningAccentsOrANoBreakSpace() {
        assertThat(GoldenNumber.test("KHÔNG CK", nfd("Kho số TCT"))).isTrue();
        assertThat(GoldenNumber.test("KHÔNG CK", "Kho số\u00A0TCT")).isTrue();
        assertThat(GoldenNumber.test("KHÔNG CK", nfd("Kho SỐ\u00A0TCT"))).isTrue();
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
