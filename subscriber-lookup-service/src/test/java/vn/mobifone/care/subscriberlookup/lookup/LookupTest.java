package vn.mobifone.care.subscriberlookup.lookup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import jakarta.inject.Inject;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.Subscribers;
import static vn.mobifone.care.subscriberlookup.Api.as;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;

@QuarkusTest
class LookupTest {

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyWrittenFormOfTheNumberFindsTheSameSubscriber() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        String national = "0" + s.msisdn().substring(2);
        for (String form : List.of(national, s.msisdn(), "+" + s.msisdn(), national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7))) {
            as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", form).then()
                    .statusCode(200)
                    .body("msisdn", equalTo(s.msisdn()))
                    .body("nationalNumber", equalTo(national))
                    .body("acknowledgementRequired", equalTo(false))
                    .body("decree49.complete", equalTo(true))
                    .body("profile.ownerName", equalTo(Subscribers.OWNER))
                    .body("profile.occupation.code", equalTo(4))
                    .body("flags.appInstalled", equalTo(true))
                    .body("flags.appInstalledOn", equalTo(Subscribers.INSTALLED_ON.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "0123456789", "abc", "0901-234-56x" })
    void notAPhoneNumberIsA400Problem(String raw) {
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", raw).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItem("msisdn"));
    }

    @Test
    void anUnknownNumberIsA404Problem() {
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/0909000001").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("reason", equalTo("not-found"));
    }

    @Test
    void aReadWithoutCallOrPurposeIsRefusedAndNotAudited() throws SQLException {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(400).body("violations.field", hasItem("callId"));
        assertThat(auditViews(s.msisdn())).isEmpty();
    }

    @Test
    void onlyAuthenticatedRolesOfTheCallCentreAndSystemsMayRead() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        given().queryParam("callId", "call-1").get("/subscribers/{msisdn}", s.msisdn()).then().statusCode(401);
        as(Roles.OPS, "O001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(403).body("reason", equalTo("forbidden"));
    }

    @Test
    void aTokenWhoseClaimsWereAlteredIsRefusedThoughItsOriginalWasAccepted() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        String token = TestStack.token(Roles.AGENT, "A077");
        given().header("Authorization", "Bearer " + token).queryParam("callId", "call-1").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200).body("profile.idDocumentNumber", startsWith("*"));

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"agent\"", "\"supervisor\"").getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Bearer " + parts[0] + "." + promoted + "." + parts[2]).queryParam("callId", "call-1")
                .get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(401);
    }

    @Test
    void aGoldenNumberWithIncompleteIdentityIsWithheldAndSentToAMainStore() throws SQLException {
        SubscriberRecord s = Subscribers.incompleteGoldenNumber();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").queryParam("callId", "call-g").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("acknowledgementRequired", equalTo(true))
                .body("profile", nullValue())
                .body("flags", nullValue())
                .body("decree49.complete", equalTo(false))
                .body("decree49.missing", contains("PORTRAIT"))
                .body("decree49.goldenNumber", equalTo(true))
                .body("decree49.guidance", equalTo("GO_TO_MAIN_STORE"));
        assertThat(auditViews(s.msisdn())).containsExactly("DECREE49_WARNING");
    }

    @Test
    void aNonGoldenSmartphoneIsGuidedToTheApp() {
        SubscriberRecord s = Subscribers.incompleteSmartphone();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").queryParam("callId", "call-s").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("acknowledgementRequired", equalTo(true))
                .body("decree49.goldenNumber", equalTo(false))
                .body("decree49.guidance", equalTo("UPDATE_IN_APP"));
    }

    @Test
    void aNonGoldenFeaturePhoneIsGuidedToAStore() {
        SubscriberRecord s = Subscribers.incompleteFeaturePhone();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").queryParam("callId", "call-f").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("decree49.missing", contains("ID_BACK"))
                .body("decree49.guidance", equalTo("GO_TO_STORE"));
    }

    @Test
    void theAcknowledgementOpensTheRecordForThatAgentAndCallOnlyAndIsAudited() throws SQLException {
        SubscriberRecord s = Subscribers.incompleteSmartphone();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"callId\":\"call-7\"}")
                .post("/subscribers/{msisdn}/decree49-acknowledgements", s.msisdn()).then()
                .statusCode(201)
                .body("msisdn", equalTo(s.msisdn()))
                .body("decree49.guidance", equalTo("UPDATE_IN_APP"));

        as(Roles.AGENT, "A001").queryParam("callId", "call-7").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200).body("acknowledgementRequired", equalTo(false)).body("profile.ownerName", equalTo(Subscribers.OWNER));
        as(Roles.AGENT, "A001").queryParam("callId", "call-8").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200).body("acknowledgementRequired", equalTo(true));
        as(Roles.AGENT, "A002").queryParam("callId", "call-7").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200).body("acknowledgementRequired", equalTo(true));

        clock.advance(Duration.ofMinutes(31));
        as(Roles.AGENT, "A001").queryParam("callId", "call-7").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200).body("acknowledgementRequired", equalTo(true));

        assertThat(auditViews(s.msisdn()))
                .containsExactly("DECREE49_WARNING", "DECREE49_WARNING", "DECREE49_WARNING", "PROFILE", "DECREE49_ACKNOWLEDGEMENT");
    }

    @Test
    void aCompleteSubscriberHasNoWarningToAcknowledge() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"callId\":\"call-1\"}")
                .post("/subscribers/{msisdn}/decree49-acknowledgements", s.msisdn()).then()
                .statusCode(409).body("reason", equalTo("decree49-complete"));
        as(Roles.AGENT, "A001").contentType("application/json").body("{\"callId\":\"not a call id!\"}")
                .post("/subscribers/{msisdn}/decree49-acknowledgements", s.msisdn()).then()
                .statusCode(400).body("reason", equalTo("validation-failed"));
    }

    @Test
    void agentsSeeTheDocumentNumberMaskedSupervisorsInFullSystemsNoIdentity() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("profile.idDocumentNumber", equalTo("*********789"))
                .body("profile.ward", equalTo("Phường Bến Nghé"));
        as(Roles.SUPERVISOR, "S001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("profile.idDocumentNumber", equalTo(Subscribers.ID_DOCUMENT))
                .body("profile.ownerName", equalTo(Subscribers.OWNER));
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", s.msisdn()).then()
                .body("profile.mainBalanceVnd", equalTo(45000));
        as(Roles.INTEGRATION, "crm").queryParam("purpose", "campaign targeting").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("profile.idDocumentNumber", nullValue())
                .body("profile.ownerName", nullValue())
                .body("profile.ward", nullValue())
                .body("profile.mainBalanceVnd", nullValue())
                .body("profile.arpuVnd", equalTo(250000));
    }

    /** One rule for every withheld field: present, and null. */
    @Test
    void whatARoleMayNotSeeIsPresentAndNullNeverLeftOut() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        for (String field : List.of("ownerName", "idDocumentNumber", "ward", "mainBalanceVnd")) {
            as(Roles.INTEGRATION, "crm").queryParam("purpose", "campaign targeting").get("/subscribers/{msisdn}", s.msisdn()).then()
                    .statusCode(200)
                    .body("profile", hasKey(field))
                    .body("profile." + field, nullValue());
        }
    }

    @Test
    void systemsReadIncompleteSubscribersWithoutThePopUpButWithoutIdentity() {
        SubscriberRecord s = Subscribers.incompleteSmartphone();
        Subscribers.save(s);
        as(Roles.INTEGRATION, "crm").queryParam("purpose", "campaign targeting").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("acknowledgementRequired", equalTo(false))
                .body("profile.ownerName", nullValue());
    }

    @Test
    void internalVipAndAppFlagsAreDerived() {
        SubscriberRecord vip = Subscribers.internalVip();
        SubscriberRecord noApp = Subscribers.smartphoneWithoutApp();
        Subscribers.save(vip, noApp);
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", vip.msisdn()).then()
                .body("flags.internalVip", equalTo(true)).body("flags.otherNetwork", equalTo(false));
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", noApp.msisdn()).then()
                .body("flags.smartphone", equalTo(true)).body("flags.appInstalled", equalTo(false)).body("flags.appInstalledOn", nullValue());
    }

    /** A number keeps its prefix when it ports: the base, not the prefix, says whose it is. */
    @Test
    void aPortedInNumberIsMobiFonesAndAPortedOutOneIsAnotherNetworks() {
        SubscriberRecord portedIn = Subscribers.portedIn();
        SubscriberRecord portedOut = Subscribers.portedOut();
        SubscriberRecord own = Subscribers.complete();
        Subscribers.save(portedIn, portedOut, own);
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", portedIn.msisdn()).then()
                .statusCode(200)
                .body("flags.otherNetwork", equalTo(false)).body("flags.portedIn", equalTo(true)).body("flags.portedOut", equalTo(false))
                .body("profile.otherNetwork", equalTo(false)).body("profile.portedIn", equalTo(true)).body("profile.portedOut", equalTo(false))
                .body("flags.internalVip", equalTo(false)).body("flags.smartphone", equalTo(false));
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", portedOut.msisdn()).then()
                .statusCode(200)
                .body("flags.otherNetwork", equalTo(true)).body("flags.portedIn", equalTo(false)).body("flags.portedOut", equalTo(true))
                .body("profile.otherNetwork", equalTo(true)).body("profile.portedOut", equalTo(true));
        as(Roles.INTEGRATION, "consultation").queryParam("purpose", "consultation").get("/subscribers/{msisdn}", own.msisdn()).then()
                .statusCode(200)
                .body("flags.otherNetwork", equalTo(false)).body("flags.portedIn", equalTo(false)).body("flags.portedOut", equalTo(false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0120", "84120", "+84120", "0120 " })
    void anOldElevenDigitMobiFoneNumberFindsTheConvertedSubscriber(String oldPrefix) {
        SubscriberRecord s = Subscribers.completeOn070();
        Subscribers.save(s);
        String rest = s.msisdn().substring(4);
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", oldPrefix + rest).then()
                .statusCode(200)
                .body("msisdn", equalTo(s.msisdn()))
                .body("nationalNumber", equalTo("070" + rest));
    }

    @ParameterizedTest
    @ValueSource(strings = { "01231234567", "01241234567", "01251234567", "01271234567", "+841291234567" })
    void anOldElevenDigitNumberOfAnotherNetworkIsRefused(String old) {
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", old).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItem("msisdn"))
                .body("violations.message", hasItem(containsString("another network")));
    }

    @Test
    void theLeadersNumberIsFoundWhateverFormBillingWroteTheNameIn() {
        String billed = Normalizer.normalize("Công ty Dịch vụ Mobifone Khu vực 2  -  Chi nhánh Tổng Công ty Viễn thông Mobifone -Lê Văn Nam\u00A0(Giám đốc)",
                Normalizer.Form.NFD);
        SubscriberRecord vip = Subscribers.billedAs(billed, "KHÔNG CK", "", true);
        Subscribers.save(vip);
        as(Roles.SUPERVISOR, "S001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", vip.msisdn()).then()
                .statusCode(200)
                .body("flags.internalVip", equalTo(true))
                .body("profile.ownerName", equalTo(
                        "Công ty Dịch vụ Mobifone Khu vực 2 - Chi nhánh Tổng Công ty Viễn thông Mobifone -Lê Văn Nam (Giám đốc)"));
    }

    @Test
    void noCommitmentInCombiningAccentsIsNotGoldenAndACorporationNumberWithANoBreakSpaceIs() {
        SubscriberRecord notGolden = Subscribers.billedAs(Subscribers.OWNER, Normalizer.normalize("KHÔNG\u00A0CK 12 tháng", Normalizer.Form.NFD), "", false);
        SubscriberRecord golden = Subscribers.billedAs(Subscribers.OWNER, "KHÔNG CK", Normalizer.normalize("Kho số\u00A0TCT", Normalizer.Form.NFD), false);
        Subscribers.save(notGolden, golden);
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", notGolden.msisdn()).then()
                .statusCode(200).body("decree49.goldenNumber", equalTo(false)).body("decree49.guidance", equalTo("UPDATE_IN_APP"));
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", golden.msisdn()).then()
                .statusCode(200).body("decree49.goldenNumber", equalTo(true)).body("decree49.guidance", equalTo("GO_TO_MAIN_STORE"));
    }

    @Test
    void theDecree49WarningGivesTheSeedsVietnameseScriptAndTheNineNineNineZeroGuide() {
        SubscriberRecord s = Subscribers.incompleteSmartphone();
        Subscribers.save(s);
        String national = "0" + s.msisdn().substring(2);
        as(Roles.AGENT, "A001").queryParam("callId", "call-vi").get("/subscribers/{msisdn}", s.msisdn()).then()
                .statusCode(200)
                .body("acknowledgementRequired", equalTo(true))
                .body("decree49.instructionsVi", startsWith("Dạ, thưa A/c theo dữ liệu của Mobifone, hiện tại TB " + national + " A/c"))
                .body("decree49.instructionsVi", containsString("Theo Nghị định 49 của Bộ Thông tin và Truyền thông"))
                .body("decree49.instructionsVi", containsString("Chọn mục \"Cập nhật thông tin thuê bao\""))
                .body("decree49.instructions", containsString("Decree 49"))
                .body("decree49.informationUpdate.hotline", equalTo("9090"))
                .body("decree49.informationUpdate.banner", equalTo("Cập nhật thông tin cá nhân"))
                .body("decree49.informationUpdate.steps.vi", hasItem(containsString("mã OTP")))
                .body("decree49.informationUpdate.fields", hasSize(9))
                .body("decree49.informationUpdate.fields.vi", hasItem("Quốc tịch"))
                .body("decree49.informationUpdate.approval.vi", containsString("48h"))
                .body("decree49.informationUpdate.complaint.vi", containsString("nhập FB"));
    }

    @Test
    void everyReadIsAuditedAndSupervisorsCanAskWhoLookedAndWhatAnAgentLookedAt() throws SQLException {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        as(Roles.AGENT, "AUD1").queryParam("callId", "call-a1").get("/subscribers/{msisdn}", s.msisdn()).then().statusCode(200);
        as(Roles.AGENT, "AUD2").queryParam("callId", "call-a2").get("/subscribers/{msisdn}", "0" + s.msisdn().substring(2)).then().statusCode(200);

        try (Connection db = TestStack.db();
                PreparedStatement q = db.prepareStatement("SELECT subject, role, call_id FROM personal_data_access WHERE msisdn = ? ORDER BY id")) {
            q.setString(1, s.msisdn());
            ResultSet rs = q.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3))).containsExactly("AUD1", "agent", "call-a1");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("AUD2");
            assertThat(rs.next()).isFalse();
        }

        as(Roles.SUPERVISOR, "S001").queryParam("msisdn", "+" + s.msisdn()).get("/personal-data-accesses").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.subject", contains("AUD2", "AUD1"))
                .body("items[0].view", equalTo("PROFILE"));
        as(Roles.SUPERVISOR, "S001").queryParam("subject", "AUD1").get("/personal-data-accesses").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].msisdn", equalTo(s.msisdn())).body("items[0].callId", equalTo("call-a1"));
        as(Roles.SUPERVISOR, "S001").get("/personal-data-accesses").then().statusCode(400);
        as(Roles.AGENT, "AUD1").queryParam("subject", "AUD1").get("/personal-data-accesses").then().statusCode(403);
    }

    @Test
    void theAuditCannotBeRewritten() {
        SubscriberRecord s = Subscribers.complete();
        Subscribers.save(s);
        as(Roles.AGENT, "A001").queryParam("callId", "call-1").get("/subscribers/{msisdn}", s.msisdn()).then().statusCode(200);
        try (Connection db = TestStack.db()) {
            PreparedStatement delete = db.prepareStatement("DELETE FROM personal_data_access WHERE msisdn = ?");
            delete.setString(1, s.msisdn());
            assertThatThrownBy(delete::executeUpdate).hasMessageContaining("append-only");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first. */
    static List<String> auditViews(String msisdn) throws SQLException {
        try (Connection db = TestStack.db();
                PreparedStatement q = db.prepareStatement("SELECT access_view FROM personal_data_access WHERE msisdn = ? ORDER BY id DESC")) {
            q.setString(1, msisdn);
            ResultSet rs = q.executeQuery();
            List<String> views = new ArrayList<>();
            while (rs.next()) {
                views.add(rs.getString(1));
            }
            return views;
        }
    }
}
