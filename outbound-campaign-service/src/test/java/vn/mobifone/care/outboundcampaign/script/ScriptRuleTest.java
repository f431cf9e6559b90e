package vn.mobifone.care.outboundcampaign.script;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;

class ScriptRuleTest {

    private static final ScriptRule.Facts ANYONE = new ScriptRule.Facts(false, null);
    private static final Content OFFERED = new Content(ContentStatus.OFFERED, null);
    private static final Content ACCEPTED = new Content(ContentStatus.ACCEPTED, null);
    private static final Content SKIPPED = new Content(ContentStatus.NOT_OFFERED, null);
    private static final Content NOT_APPLICABLE = new Content(ContentStatus.NOT_APPLICABLE, "has a package");

    private static ScriptRecord script(Content b2, Content b3, Content b4, Content b5) {
        return new ScriptRecord(true, b2, b3, b4, b5, true, null, null, null, null, null);
    }

    @Test
    void theFirstTwoContentsInPriorityOrderAreEnough() {
        assertThatCode(() -> ScriptRule.check(script(OFFERED, ACCEPTED, SKIPPED, SKIPPED), ANYONE)).doesNotThrowAnyException();
    }

    @Test
    void twoLaterContentsDoNotMakeUpForASkippedFirstOne() {
        assertThatThrownBy(() -> ScriptRule.check(script(SKIPPED, OFFERED, OFFERED, OFFERED), ANYONE))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("B2 (loyalty points and gifts)")
                .hasMessageNotContaining("B3 (");
    }

    @Test
    void aContentThatDoesNotApplyPassesTheTurnToTheNextOne() {
        ScriptRule.Facts hasPackage = new ScriptRule.Facts(false, "C90N");
        assertThatCode(() -> ScriptRule.check(script(OFFERED, NOT_APPLICABLE, OFFERED, SKIPPED), hasPackage)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ScriptRule.check(script(OFFERED, NOT_APPLICABLE, SKIPPED, OFFERED), hasPackage))
                .hasMessageContaining("B4 (identity standardisation)");
    }

    @Test
    void fewerThanTwoApplicableContentsCannotCompleteTheCall() {
        assertThatThrownBy(() -> ScriptRule.check(script(NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, OFFERED), new ScriptRule.Facts(true, "C90N")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("only 1 apply");
    }

    @Test
    void theSubscribersDataDecidesWhetherB2AndB3Apply() {
        assertThatThrownBy(() -> ScriptRule.check(script(OFFERED, OFFERED, SKIPPED, SKIPPED), new ScriptRule.Facts(true, null)))
                .hasMessageContaining("2022 points programme");
        assertThatThrownBy(() -> ScriptRule.check(script(OFFERED, OFFERED, SKIPPED, SKIPPED), new ScriptRule.Facts(false, "C90N")))
                .hasMessageContaining("C90N");
    }

    @Test
    void notApplicableNeedsItsReason() {
        assertThatThrownBy(() -> ScriptRule.check(script(new Content(ContentStatus.NOT_APPLICABLE, " "), OFFERED, OFFERED, SKIPPED), ANYONE))
                .isInstanceOf(InvalidInput.class);
    }
}
