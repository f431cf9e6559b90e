package vn.mobifone.care.smsgateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.problem.InvalidInput;

class TemplateTextTest {

    private final TemplateText text = new TemplateText("Quy khach {msisdn} hien co {points} diem tich luy. {points} diem!");

    @Test
    void namesItsPlaceholdersOnce() {
        assertThat(text.placeholders()).containsExactly("msisdn", "points");
    }

    @Test
    void fillsEveryPlaceholder() {
        assertThat(text.render(Map.of("msisdn", "0901234567", "points", "1.200")))
                .isEqualTo("Quy khach 0901234567 hien co 1.200 diem tich luy. 1.200 diem!");
    }

    @Test
    void aValueIsTakenLiterally() {
        assertThat(new TemplateText("Gia {price}").render(Map.of("price", "$1 {x}"))).isEqualTo("Gia $1 {x}");
    }

    @Test
    void aMissingParameterIsRefused() {
        assertThatThrownBy(() -> text.render(Map.of("msisdn", "0901234567"))).isInstanceOf(InvalidInput.class).hasMessageContaining("points");
    }
}
