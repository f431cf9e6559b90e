package vn.mobifone.care.subscriberlookup.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.security.Roles;

class PersonalDataMaskTest {

    @Test
    void rolesMapToTheirMask() {
        assertThat(PersonalDataMask.forRole(Roles.AGENT)).isEqualTo(PersonalDataMask.CALL_CENTRE);
        assertThat(PersonalDataMask.forRole(Roles.SUPERVISOR)).isEqualTo(PersonalDataMask.FULL);
        assertThat(PersonalDataMask.forRole(Roles.ADMIN)).isEqualTo(PersonalDataMask.FULL);
        assertThat(PersonalDataMask.forRole(Roles.INTEGRATION)).isEqualTo(PersonalDataMask.SYSTEM);
        assertThat(PersonalDataMask.forRole("none")).isEqualTo(PersonalDataMask.SYSTEM);
    }

    @Test
    void agentsSeeOnlyTheLastThreeDigitsOfTheDocument() {
        assertThat(PersonalDataMask.CALL_CENTRE.idDocumentNumber("079123456789")).isEqualTo("*********789");
        assertThat(PersonalDataMask.CALL_CENTRE.idDocumentNumber("123456789")).isEqualTo("******789");
        assertThat(PersonalDataMask.CALL_CENTRE.idDocumentNumber(null)).isNull();
        assertThat(PersonalDataMask.CALL_CENTRE.ownerName("Trần Thị Mai")).isEqualTo("Trần Thị Mai");
    }

    @Test
    void supervisorsSeeAllAndSystemsNoIdentity() {
        assertThat(PersonalDataMask.FULL.idDocumentNumber("079123456789")).isEqualTo("079123456789");
        assertThat(PersonalDataMask.SYSTEM.idDocumentNumber("079123456789")).isNull();
        assertThat(PersonalDataMask.SYSTEM.ownerName("Trần Thị Mai")).isNull();
        assertThat(PersonalDataMask.SYSTEM.ward("Phường 1")).isNull();
        assertThat(PersonalDataMask.SYSTEM.mainBalanceVnd(1000)).isEmpty();
        assertThat(PersonalDataMask.CALL_CENTRE.mainBalanceVnd(1000)).hasValue(1000L);
    }
}
