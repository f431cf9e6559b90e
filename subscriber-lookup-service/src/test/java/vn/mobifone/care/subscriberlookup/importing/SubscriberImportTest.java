package vn.mobifone.care.subscriberlookup.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.mobifone.care.subscriberlookup.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.Subscribers;

@QuarkusTest
class SubscriberImportTest {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    EventReader reader;

    @Test
    void goodRowsAreKeptAndBadRowsReportedWithLineAndReason() throws Exception {
        SubscriberRecord good = Subscribers.complete();
        SubscriberRecord incomplete = Subscribers.incompleteSmartphone();
        String goodLine = SubscriberCsv.format(good);
        String csv = SubscriberCsv.HEADER + "\n"
                + goodLine + "\n"
                + goodLine.replaceFirst("^84", "12") + "\n"
                + goodLine.replace("PREPAID", "PAYG") + "\n"
                + "\n"
                + goodLine.replace(",250000,", ",-5,") + "\n"
                + "84901,too,few\n"
                + SubscriberCsv.format(incomplete) + "\n";
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SUBSCRIBER_CHANGED)) {
            as(Roles.INTEGRATION, "billing").contentType(CSV).body(csv).post("/subscriber-imports").then()
                    .statusCode(200)
                    .body("rowsRead", equalTo(6))
                    .body("imported", equalTo(2))
                    .body("rejected", equalTo(4))
                    .body("errors.line", contains(3, 4, 6, 7))
                    .body("errors[0].reason", startsWith("msisdn"))
                    .body("errors[1].reason", startsWith("payment_type"))
                    .body("errors[2].reason", startsWith("arpu_vnd"))
                    .body("errors[3].reason", startsWith("expected 30 fields"));

            SubscriberChanged event = reader.read(probe.awaitRecord(r -> r.key().equals(incomplete.msisdn()), Duration.ofSeconds(30)).value(),
                    SubscriberChanged.class);
            assertThat(event.decree49Complete()).isFalse();
            assertThat(event.arpuVnd()).isEqualTo(250_000);
            assertThat(event.occupationCode()).isEqualTo("4");
            assertThat(event.appInstalled()).isFalse();
            assertThat(event.version()).isEqualTo(SubscriberChanged.VERSION);
        }
        try (Connection db = TestStack.db();
                PreparedStatement q = db.prepareStatement("SELECT owner_name, device_type, commitment_type FROM subscriber WHERE msisdn = ?")) {
            q.setString(1, good.msisdn());
            ResultSet rs = q.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Subscribers.OWNER);
            assertThat(rs.getString(2)).isEqualTo("SMARTPHONE");
            assertThat(rs.getString(3)).isEqualTo("KHÔNG CK");
        }
    }

    @Test
    void theLastLineOfANumberWinsAndReimportUpdates() {
        SubscriberRecord s = Subscribers.complete();
        String line = SubscriberCsv.format(s);
        String csv = SubscriberCsv.HEADER + "\n" + line + "\n" + line.replace(",250000,", ",990000,") + "\n";
        as(Roles.ADMIN, "ops-admin").contentType(CSV).body(csv).post("/subscriber-imports").then()
                .statusCode(200).body("rowsRead", equalTo(2)).body("imported", equalTo(1));
        as(Roles.ADMIN, "ops-admin").contentType(CSV).body(SubscriberCsv.HEADER + "\n" + line.replace(",250000,", ",310000,") + "\n")
                .post("/subscriber-imports").then().statusCode(200).body("imported", equalTo(1));
        as(Roles.SUPERVISOR, "S001").queryParam("callId", "c").get("/subscribers/{msisdn}", s.msisdn()).then()
                .body("profile.arpuVnd", equalTo(310000));
    }

    @Test
    void theEventCarriesTheCampaignFieldsOfVersion2AndAnExportWithoutThemStillImports() throws Exception {
        SubscriberRecord withCampaignColumns = Subscribers.complete();
        SubscriberRecord olderExport = Subscribers.complete();
        String campaignLine = SubscriberCsv.format(withCampaignColumns).replaceFirst(",false,\"\",false$", ",true,FUNRING;MCLIP,true");
        String baseLine = SubscriberCsv.format(olderExport).replaceFirst(",false,\"\",false$", "").replace(",079123456789,", ",079123456,");
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SUBSCRIBER_CHANGED)) {
            as(Roles.INTEGRATION, "billing").contentType(CSV).body(SubscriberCsv.HEADER + "\n" + campaignLine + "\n")
                    .post("/subscriber-imports").then().statusCode(200).body("imported", equalTo(1));
            as(Roles.INTEGRATION, "billing").contentType(CSV).body(SubscriberCsv.BASE_HEADER + "\n" + baseLine + "\n")
                    .post("/subscriber-imports").then().statusCode(200).body("imported", equalTo(1));

            SubscriberChanged v2 = reader.read(probe.awaitRecord(r -> r.key().equals(withCampaignColumns.msisdn()),
                    Duration.ofSeconds(30)).value(), SubscriberChanged.class);
            assertThat(v2.version()).as("the current version carries the fields of version 2").isEqualTo(SubscriberChanged.VERSION);
            assertThat(v2.ownerName()).isEqualTo(Subscribers.OWNER);
            assertThat(v2.ward()).isEqualTo("Phường Bến Nghé");
            assertThat(v2.mainBalanceVnd()).isEqualTo(45_000);
            assertThat(v2.twoWayActive()).isTrue();
            assertThat(v2.kndlMember()).isTrue();
            assertThat(v2.identityState()).isEqualTo("STANDARDISED");
            assertThat(v2.joinedPointsProgramme2022()).isTrue();
            assertThat(v2.mvasUnusedTwoMonths()).containsExactly("FUNRING", "MCLIP");
            assertThat(v2.mnpOut()).isTrue();
            assertThat(v2.portedOut()).as("version 3's spelling of the same").isTrue();
            assertThat(v2.kndlTier()).isEqualTo(v2.loyaltyTier());

            SubscriberChanged older = reader.read(probe.awaitRecord(r -> r.key().equals(olderExport.msisdn()),
                    Duration.ofSeconds(30)).value(), SubscriberChanged.class);
            assertThat(older.identityState()).as("an old 9-digit CMND on file").isEqualTo("CCCD_NOT_UPDATED");
            assertThat(older.joinedPointsProgramme2022()).isFalse();
            assertThat(older.mvasUnusedTwoMonths()).isEmpty();
            assertThat(older.mnpOut()).isFalse();
        }
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedWhole() {
        as(Roles.ADMIN, "ops-admin").contentType(CSV).body(SubscriberCsv.format(Subscribers.complete()) + "\n")
                .post("/subscriber-imports").then().statusCode(400).body("violations[0].field", equalTo("header"));
        as(Roles.AGENT, "A001").contentType(CSV).body(SubscriberCsv.HEADER + "\n").post("/subscriber-imports").then().statusCode(403);
    }
}
