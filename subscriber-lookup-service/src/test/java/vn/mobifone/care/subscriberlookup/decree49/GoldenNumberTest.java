package vn.mobifone.care.subscriberlookup.decree49;

import static org.assertj.core.api.Assertions.assertThat;

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
            "KHÔNG CK|Kho số TCT|true",
            "null|Cửa hàng SO TCT|true",
            "Trả trước thường|Công ty ABC|false",
            "BLOCK|''|false",
            "null|null|false" })
    void aCommitmentOrACorporationNumberMakesAGoldenNumber(String commitmentType, String company, boolean golden) {
        assertThat(GoldenNumber.test(commitmentType, company)).isEqualTo(golden);
    }
}
