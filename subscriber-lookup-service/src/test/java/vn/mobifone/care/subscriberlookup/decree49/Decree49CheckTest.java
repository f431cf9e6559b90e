package vn.mobifone.care.subscriberlookup.decree49;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Decree49CheckTest {

    @Test
    void allThreePhotosInTheOwnersNameAreComplete() {
        Decree49Check check = Decree49Check.of(new IdentityDocuments(true, true, true, true));
        assertThat(check.complete()).isTrue();
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void eachGapIsNamedInOrder() {
        assertThat(Decree49Check.of(new IdentityDocuments(false, true, false, false)).missing())
                .containsExactly(MissingIdentity.PORTRAIT, MissingIdentity.ID_BACK, MissingIdentity.OWNER_NAME);
        assertThat(Decree49Check.of(new IdentityDocuments(true, false, true, true)).missing()).containsExactly(MissingIdentity.ID_FRONT);
    }

    @Test
    void documentsInAnotherNameAreIncomplete() {
        assertThat(Decree49Check.of(new IdentityDocuments(true, true, true, false)).complete()).isFalse();
    }

    @Test
    void goldenNumbersGoToAMainStoreWhateverTheDevice() {
        assertThat(Decree49Guidance.forIncomplete(true, true)).isEqualTo(Decree49Guidance.GO_TO_MAIN_STORE);
        assertThat(Decree49Guidance.forIncomplete(true, false)).isEqualTo(Decree49Guidance.GO_TO_MAIN_STORE);
    }

    @Test
    void otherwiseSmartphonesUpdateInTheAppAndFeaturePhonesAtAStore() {
        assertThat(Decree49Guidance.forIncomplete(false, true)).isEqualTo(Decree49Guidance.UPDATE_IN_APP);
        assertThat(Decree49Guidance.UPDATE_IN_APP.instructions("0901234567")).contains("My MobiFone", "Cập nhật thông tin thuê bao");
        assertThat(Decree49Guidance.forIncomplete(false, false)).isEqualTo(Decree49Guidance.GO_TO_STORE);
    }
}
