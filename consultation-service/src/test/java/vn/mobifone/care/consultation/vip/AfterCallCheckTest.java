package vn.mobifone.care.consultation.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.consultation.vip.Leaders.BUSINESS_NAME;
import static vn.mobifone.care.consultation.vip.Leaders.BUSINESS_NUMBER;
import static vn.mobifone.care.consultation.vip.Leaders.PERSONAL_NUMBER;
import static vn.mobifone.care.consultation.vip.Leaders.STAFF_LINE;
import static vn.mobifone.care.consultation.vip.Leaders.businessLine;
import static vn.mobifone.care.consultation.vip.Leaders.entity;
import static vn.mobifone.care.consultation.vip.Leaders.line;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.promotion.PaymentType;

/** Seed 001 step 2 and its three ways out, without a service start. */
class AfterCallCheckTest {

    @Test
    void aBusinessNumberWhoseRequestMatchesTheDataIsVerified() {
        CheckOutcome outcome = AfterCallCheck.check(entity(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER)),
                businessLine(), line("LE THANH BINH", PaymentType.PREPAID, "ACTIVE_2C"));

        assertThat(outcome.state()).isEqualTo(VipState.VERIFIED);
        assertThat(outcome.reason()).isEqualTo("matches");
        assertThat(outcome.callingIsBusiness()).isTrue();
        assertThat(outcome.mismatches()).isEmpty();
    }

    @Test
    void aNumberThatIsNotABusinessNumberGoesToQualityManagement() {
        CheckOutcome outcome = AfterCallCheck.check(entity(Leaders.cutLostPhone(STAFF_LINE, PERSONAL_NUMBER)),
                line("Lê Thanh Bình", PaymentType.PREPAID, "ACTIVE_2C"), line("Lê Thanh Bình", PaymentType.PREPAID, "ACTIVE_2C"));

        assertThat(outcome.state()).isEqualTo(VipState.QUALITY_MANAGEMENT);
        assertThat(outcome.reason()).isEqualTo("not-a-business-number");
        assertThat(outcome.callingIsBusiness()).isFalse();
    }

    @Test
    void aNumberUnknownToTheBaseIsNotABusinessNumber() {
        CheckOutcome outcome = AfterCallCheck.check(entity(Leaders.cutLostPhone(STAFF_LINE, PERSONAL_NUMBER)),
                LineOnRecord.notFound(), line("Lê Thanh Bình", PaymentType.PREPAID, "ACTIVE_2C"));

        assertThat(outcome.state()).isEqualTo(VipState.QUALITY_MANAGEMENT);
    }

    @Test
    void theLeaderWhoLostThePhoneAndCallsFromAnotherNumberToCutTheBusinessOneGoesToQualityManagement() {
        CheckOutcome outcome = AfterCallCheck.check(entity(Leaders.cutLostPhone(PERSONAL_NUMBER, BUSINESS_NUMBER)),
                line("Lê Thanh Bình", PaymentType.PREPAID, "ACTIVE_2C"), businessLine());

        assertThat(outcome.state()).isEqualTo(VipState.QUALITY_MANAGEMENT);
        assertThat(outcome.reason()).isEqualTo("lost-phone-cut-from-another-number");
    }

    @Test
    void anOwnerNameThatDiffersFromTheLeadersIsAMismatchThatDoesNotReadOutTheNameOnRecord() {
        CheckOutcome outcome = AfterCallCheck.check(entity(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER)),
                businessLine(), line("Phạm Thị Hoa", PaymentType.PREPAID, "ACTIVE_2C"));

        assertThat(outcome.state()).isEqualTo(VipState.MISMATCH_CALLBACK);
        assertThat(outcome.reason()).isEqualTo("data-mismatch");
        assertThat(outcome.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("ownerName");
            assertThat(m.stated()).isEqualTo(Leaders.NAME);
            assertThat(m.onRecord()).isNull();
            assertThat(m.message()).contains("0938000222").doesNotContain("Hoa");
        });
    }

    @Test
    void aStatedPaymentTypeThatDiffersIsAMismatch() {
        CheckOutcome outcome = AfterCallCheck.check(
                entity(Leaders.reopen(VipRequestType.REOPEN_UNPAID_OR_RED_BILL, PERSONAL_NUMBER, "Nguyễn Văn Tâm", PaymentType.PREPAID)),
                businessLine(), line("NGUYEN VAN TAM", PaymentType.POSTPAID, "BLOCKED"));

        assertThat(outcome.state()).isEqualTo(VipState.MISMATCH_CALLBACK);
        assertThat(outcome.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("paymentType");
            assertThat(m.stated()).isEqualTo("PREPAID");
            assertThat(m.onRecord()).isEqualTo("POSTPAID");
        });
    }

    @Test
    void aReopenOfALineThatIsNotBlockedAndACutOfOneAlreadyBlockedAreMismatches() {
        CheckOutcome reopen = AfterCallCheck.check(entity(Leaders.reopen(VipRequestType.UNBLOCK_UNEXPLAINED_BLOCK, PERSONAL_NUMBER, null, null)),
                businessLine(), line("Nguyễn Văn Tâm", PaymentType.PREPAID, "ACTIVE_2C"));
        assertThat(reopen.mismatches()).extracting(Mismatch::field).containsExactly("status");

        CheckOutcome cut = AfterCallCheck.check(entity(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER)),
                businessLine(), line("Lê Thanh Bình", PaymentType.PREPAID, "BLOCKED"));
        assertThat(cut.mismatches()).extracting(Mismatch::field).containsExactly("status");
    }

    @Test
    void aTargetOutsideTheBaseOrWithWithheldIdentityCannotMatch() {
        VipRequest request = entity(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER));
        assertThat(AfterCallCheck.check(request, businessLine(), LineOnRecord.notFound()).mismatches())
                .extracting(Mismatch::field).containsExactly("targetNumber");
        assertThat(AfterCallCheck.check(request, businessLine(), LineOnRecord.identityWithheld()).state())
                .isEqualTo(VipState.MISMATCH_CALLBACK);
    }

    @Test
    void namesCompareAsWholeWordsWithoutCaseOrDiacritics() {
        assertThat(AfterCallCheck.nameCarries(BUSINESS_NAME, "le thanh binh")).isTrue();
        assertThat(AfterCallCheck.nameCarries("Đỗ Văn Đức", "do van duc")).isTrue();
        assertThat(AfterCallCheck.nameCarries("Lê Thanh Bình An", "Thanh Bin")).isFalse();
        assertThat(AfterCallCheck.nameCarries(null, "Lê Thanh Bình")).isFalse();
        assertThat(AfterCallCheck.nameCarries("Lê Thanh Bình", " - ")).isFalse();
    }
}
