package vn.mobifone.care.platform.msisdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.mobifone.care.platform.problem.InvalidInput;

/** Old numbers as every service reads them, through {@link Msisdn#parse}. */
class ElevenDigitConversionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "01201234567,84701234567",
            "01211234567,84791234567",
            "01221234567,84771234567",
            "01261234567,84761234567",
            "01281234567,84781234567",
            "841201234567,84701234567",
            "+841211234567,84791234567",
            "0122 123 4567,84771234567",
            "+84 126 123 4567,84761234567",
            "0128.123.4567,84781234567" })
    void mobiFonesOldNumbersAreReadAsTheirNewOnes(String old, String converted) {
        assertThat(Msisdn.parse(old).value()).isEqualTo(converted);
    }

    @ParameterizedTest
    @ValueSource(strings = { "01231234567", "01241234567", "01251234567", "01271234567", "01291234567", "841291234567", "+841231234567" })
    void theOtherOld012PrefixesWereAnotherNetworksAndAreRefused(String old) {
        assertThatThrownBy(() -> Msisdn.parse(old)).isInstanceOf(InvalidInput.class).hasMessageContaining("another network");
    }

    @ParameterizedTest
    @CsvSource({ "0901234567,84901234567", "84701234567,84701234567", "+84981234567,84981234567" })
    void todaysNumbersAreUnchanged(String written, String msisdn) {
        assertThat(Msisdn.parse(written).value()).isEqualTo(msisdn);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0123456789", "012012345678", "0120123456", "abc" })
    void anythingElseIsStillNotANumber(String raw) {
        assertThatThrownBy(() -> Msisdn.parse(raw)).isInstanceOf(InvalidInput.class);
    }
}
