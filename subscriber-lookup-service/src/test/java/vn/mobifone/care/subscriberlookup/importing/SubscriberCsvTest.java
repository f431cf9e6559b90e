package vn.mobifone.care.subscriberlookup.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.subscriberlookup.Subscribers;

class SubscriberCsvTest {

    @Test
    void aRecordSurvivesFormatAndParse() {
        SubscriberRecord vip = Subscribers.internalVip();
        assertThat(SubscriberCsv.parse(SubscriberCsv.format(vip))).isEqualTo(vip);
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        SubscriberRecord s = Subscribers.complete();
        String line = SubscriberCsv.format(s).replace("Trần Thị Mai", "\"Mai, \"\"Bé\"\"\"");
        assertThat(SubscriberCsv.parse(line).ownerName()).isEqualTo("Mai, \"Bé\"");
    }

    @Test
    void numbersAreNormalisedFromAnyWrittenForm() {
        SubscriberRecord s = Subscribers.complete();
        String line = SubscriberCsv.format(s).replaceFirst("^84", "0");
        assertThat(SubscriberCsv.parse(line).msisdn()).isEqualTo(s.msisdn());
    }

    @Test
    void namesCommitmentTypesAndCompaniesAreStoredInOneUnicodeFormWithSingleSpaces() {
        SubscriberRecord s = Subscribers.complete();
        String line = SubscriberCsv.format(s)
                .replace(Subscribers.OWNER, Normalizer.normalize("Trần  Thị\u00A0Mai", Normalizer.Form.NFD))
                .replace(",KHÔNG CK,", "," + Normalizer.normalize("KHÔNG\u00A0CK", Normalizer.Form.NFD) + ",")
                .replace(",\"\",false,", ",Kho  số TCT,false,");
        SubscriberRecord parsed = SubscriberCsv.parse(line);
        assertThat(parsed.ownerName()).isEqualTo(Subscribers.OWNER);
        assertThat(parsed.commitmentType()).isEqualTo("KHÔNG CK");
        assertThat(parsed.company()).isEqualTo("Kho số TCT");
    }

    @Test
    void badFieldsAreRejectedWithTheColumnName() {
        String line = SubscriberCsv.format(Subscribers.complete());
        assertThatThrownBy(() -> SubscriberCsv.parse(line.replace(",7,", ",8,"))).isInstanceOf(RowRejected.class).hasMessageStartingWith("vlr_days_last7");
        assertThatThrownBy(() -> SubscriberCsv.parse(line.replace(",0.12,", ",1.5,"))).hasMessageStartingWith("churn_risk");
        assertThatThrownBy(() -> SubscriberCsv.parse(line.replace("079123456789", "79123"))).hasMessageStartingWith("id_document_number");
        assertThatThrownBy(() -> SubscriberCsv.parse(line.replace("SMARTPHONE", "TABLET"))).hasMessageStartingWith("device_type");
        assertThatThrownBy(() -> SubscriberCsv.parse(line.replace("2025-03-08", "08/03/2025"))).hasMessageStartingWith("app_installed_on");
        assertThatThrownBy(() -> SubscriberCsv.parse("\"unterminated,x")).hasMessageContaining("unterminated");
    }
}
