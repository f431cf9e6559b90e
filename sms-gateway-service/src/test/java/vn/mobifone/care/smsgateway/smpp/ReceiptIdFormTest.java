package vn.mobifone.care.smsgateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptIdFormTest {

    @Test
    void asIsMatchesOnlyTheSameString() {
        assertThat(ReceiptIdForm.AS_IS.keyOfReceiptId("Smsc2001")).isEqualTo(ReceiptIdForm.AS_IS.keyOfResponseId("Smsc2001"));
        assertThat(ReceiptIdForm.AS_IS.keyOfReceiptId("smsc2001")).isNotEqualTo(ReceiptIdForm.AS_IS.keyOfResponseId("Smsc2001"));
    }

    @Test
    void aHexResponseIdMatchesItsDecimalReceipt() {
        ReceiptIdForm form = ReceiptIdForm.HEX_RESPONSE_DECIMAL_RECEIPT;
        // jsmpp's simulator: submit_sm_resp a6d73c2, receipt id:174945218
        assertThat(form.keyOfResponseId("a6d73c2")).isEqualTo("a6d73c2");
        assertThat(form.keyOfReceiptId("174945218")).isEqualTo("a6d73c2");
        assertThat(form.keyOfResponseId("0A6D73C2")).isEqualTo(form.keyOfReceiptId("0174945218"));
        assertThat(form.keyOfReceiptId("174945219")).isNotEqualTo(form.keyOfResponseId("a6d73c2"));
    }

    @Test
    void aDecimalResponseIdMatchesItsHexReceipt() {
        ReceiptIdForm form = ReceiptIdForm.DECIMAL_RESPONSE_HEX_RECEIPT;
        assertThat(form.keyOfReceiptId("A6D73C2")).isEqualTo(form.keyOfResponseId("174945218")).isEqualTo("174945218");
    }

    @Test
    void caseAndLeadingZerosAreIgnoredOnlyWhenConfigured() {
        assertThat(ReceiptIdForm.IGNORE_CASE.keyOfReceiptId("ABC12")).isEqualTo(ReceiptIdForm.IGNORE_CASE.keyOfResponseId("abc12"));
        assertThat(ReceiptIdForm.IGNORE_LEADING_ZEROS.keyOfReceiptId("0000123")).isEqualTo("123");
        assertThat(ReceiptIdForm.IGNORE_LEADING_ZEROS.keyOfResponseId("0")).isEqualTo("0");
        assertThat(ReceiptIdForm.IGNORE_CASE.keyOfReceiptId("0123")).isNotEqualTo(ReceiptIdForm.IGNORE_CASE.keyOfResponseId("123"));
    }

    @Test
    void aReceiptIdThatIsNoNumberInItsBaseMatchesNothingElse() {
        assertThat(ReceiptIdForm.HEX_RESPONSE_DECIMAL_RECEIPT.keyOfReceiptId("x-17")).isEqualTo("x-17");
    }
}
