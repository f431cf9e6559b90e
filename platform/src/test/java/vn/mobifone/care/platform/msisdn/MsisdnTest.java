package vn.mobifone.care.platform.msisdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.mobifone.care.platform.problem.InvalidInput;

class MsisdnTest {

    @ParameterizedTest
    @ValueSource(strings = { "0901234567", "84901234567", "+84901234567", "090 123 4567", "090.123.4567",
            "+84-90-123-4567", " 0901234567 ", "(090) 123 4567" })
    void everyWrittenFormNormalisesToTheSameNumber(String written) {
        assertThat(Msisdn.parse(written).value()).isEqualTo("84901234567");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "abc", "090123456", "09012345678", "8490123456", "0101234567", "0201234567",
            "+1 650 253 0000", "84901234567x", "0061234567", "849012345678" })
    void anythingElseIsRefused(String written) {
        assertThatThrownBy(() -> Msisdn.parse(written))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("is not a Vietnamese mobile number");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0891234567", "0901234567", "0931234567", "0701234567", "0761234567", "0771234567",
            "0781234567", "0791234567" })
    void mobiFonePrefixesAreRecognised(String written) {
        assertThat(Msisdn.parse(written).isMobiFone()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0912345678", "0981234567", "0321234567", "0861234567", "0561234567" })
    void otherNetworksAreValidButNotMobiFone(String written) {
        assertThat(Msisdn.parse(written).isMobiFone()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theNationalFormIsWhatAgentsRead() {
        assertThat(Msisdn.parse("+84 77 123 4567").national()).isEqualTo("0771234567");
    }
}
