package vn.mobifone.care.smsgateway.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void plainTextFitsOneGsmPartUpTo160() {
        assertThat(MessageSplitter.split("a".repeat(160))).satisfies(s -> {
            assertThat(s.encoding()).isEqualTo(TextEncoding.GSM7);
            assertThat(s.partCount()).isEqualTo(1);
        });
        assertThat(MessageSplitter.partCount("a".repeat(161))).isEqualTo(2);
        assertThat(MessageSplitter.partCount("a".repeat(306))).isEqualTo(2);
        assertThat(MessageSplitter.partCount("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountTwoSeptetsAndAreNeverCut() {
        assertThat(MessageSplitter.partCount("€".repeat(80))).isEqualTo(1);
        assertThat(MessageSplitter.partCount("€".repeat(81))).isEqualTo(2);
        SplitText split = MessageSplitter.split("a" + "{".repeat(100));
        assertThat(split.parts()).allSatisfy(p -> assertThat(p[p.length - 1]).isNotEqualTo((byte) 0x1B));
        assertThat(split.parts().stream().map(TextEncoding.GSM7::decode).reduce("", String::concat)).isEqualTo("a" + "{".repeat(100));
    }

    @Test
    void vietnameseWithDiacriticsNeedsUcs2At70And67() {
        assertThat(MessageSplitter.split("Quý khách".repeat(7)).encoding()).isEqualTo(TextEncoding.UCS2);
        assertThat(MessageSplitter.partCount("ư".repeat(70))).isEqualTo(1);
        assertThat(MessageSplitter.partCount("ư".repeat(71))).isEqualTo(2);
        assertThat(MessageSplitter.partCount("ư".repeat(134))).isEqualTo(2);
        assertThat(MessageSplitter.partCount("ư".repeat(135))).isEqualTo(3);
    }

    @Test
    void aSurrogatePairStaysInOnePart() {
        String text = "a".repeat(66) + "😀" + "b".repeat(10);
        SplitText split = MessageSplitter.split(text);
        assertThat(split.parts().stream().map(TextEncoding.UCS2::decode).toList()).first().isEqualTo("a".repeat(66));
        assertThat(split.parts().stream().map(TextEncoding.UCS2::decode).reduce("", String::concat)).isEqualTo(text);
    }

    @Test
    void theGsmAlphabetRoundTrips() {
        String text = "@£$¥ Quy khach 9090 ^{}[~]|€\\ äöñüà";
        assertThat(Gsm7Alphabet.canEncode(text)).isTrue();
        assertThat(Gsm7Alphabet.decode(Gsm7Alphabet.encode(text))).isEqualTo(text);
        assertThat(Gsm7Alphabet.canEncode("Quý")).isFalse();
    }

    @Test
    void foldingRemovesVietnameseDiacritics() {
        assertThat(DiacriticsFolder.fold("Quý khách ĐĂNG KÝ thông tin, đến cửa hàng Miền Tây"))
                .isEqualTo("Quy khach DANG KY thong tin, den cua hang Mien Tay");
    }

    @Test
    void theConcatenationHeaderCarriesReferenceTotalAndSequence() {
        assertThat(ConcatenationHeader.prepend(200, 3, 2, new byte[] {0x41}))
                .containsExactly(0x05, 0x00, 0x03, (byte) 200, 0x03, 0x02, 0x41);
    }
}
