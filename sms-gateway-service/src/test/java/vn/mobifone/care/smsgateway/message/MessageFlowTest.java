package vn.mobifone.care.smsgateway.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.mobifone.care.smsgateway.SmsFixtures.awaitStatus;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.freeText;
import static vn.mobifone.care.smsgateway.SmsFixtures.myMobiFoneLink;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.post;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;
import static vn.mobifone.care.smsgateway.SmsFixtures.templated;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.smsc.ReceivedSubmit;
import vn.mobifone.care.smsgateway.SmsFixtures;

@QuarkusTest
class MessageFlowTest {

    @Test
    void aTemplatedSmsIsSubmittedUnderItsBrandnameAndDeliveredWithEvents() {
        String msisdn = newMsisdn();
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_STATUS_CHANGED)) {
            String id = send(myMobiFoneLink(smscReady(msisdn))).statusCode(202)
                    .body("status", equalTo("QUEUED")).body("encoding", equalTo("GSM7")).body("partCount", equalTo(2))
                    .body("brandname", equalTo("MobiFone"))
                    .extract().path("id");
            awaitStatus(id, "DELIVERED");

            // The seed text is 168 characters: two parts, each with its own receipt.
            assertThat(SmsFixtures.receivedOnce(msisdn)).startsWith("MobiFone kinh gui Quy khach").contains("mbf.vn/appdl")
                    .endsWith("Cam on Quy khach da su dung dich vu cua MobiFone.");
            List<ReceivedSubmit> submits = smsc().submitsTo(msisdn);
            assertThat(submits).allMatch(p -> p.source().equals("MobiFone"));
            SmsFixtures.get(id).body("parts.state", equalTo(List.of("DELIVERED", "DELIVERED")))
                    .body("parts.smscMessageId", org.hamcrest.Matchers.containsInAnyOrder(
                            submits.stream().map(ReceivedSubmit::messageId).toArray()));
            assertThat(count("SELECT count(*) FROM message WHERE id = ?::uuid AND status = 'DELIVERED'", id)).isEqualTo(1);

            probe.awaitRecords(r -> r.key().equals(msisdn), 3, Duration.ofSeconds(20));
            assertThat(probe.drain(Duration.ofMillis(300)).stream().filter(r -> r.key().equals(msisdn)).map(r -> r.value()))
                    .anyMatch(v -> v.contains("\"status\":\"QUEUED\""))
                    .anyMatch(v -> v.contains("\"status\":\"SUBMITTED\""))
                    .anyMatch(v -> v.contains("\"status\":\"DELIVERED\"") && v.contains(id));
        }
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameMessageAndSendsOnce() {
        String msisdn = smscReady(newMsisdn());
        Map<String, Object> request = myMobiFoneLink(msisdn);
        var accepted = send(request).statusCode(202).extract();
        String id = accepted.path("id");
        assertThat(accepted.header("Location")).matches("http://[^/]+/messages/" + id);
        send(request).statusCode(200).body("id", equalTo(id));
        awaitStatus(id, "DELIVERED");
        send(request).statusCode(200).body("id", equalTo(id)).body("status", equalTo("DELIVERED"));

        SmsFixtures.receivedOnce(msisdn);
        Map<String, Object> reused = myMobiFoneLink(newMsisdn());
        reused.put("idempotencyKey", request.get("idempotencyKey"));
        send(reused).statusCode(409).body("reason", equalTo("idempotency-key-reused"));
    }

    @Test
    void plainTextTravelsAsGsm7AndSplitsAt160() {
        String msisdn = smscReady(newMsisdn());
        post(freeText(msisdn, "a".repeat(160)), Roles.SUPERVISOR).statusCode(202)
                .body("encoding", equalTo("GSM7")).body("partCount", equalTo(1));
        String longId = post(freeText(msisdn, "b".repeat(161)), Roles.SUPERVISOR).statusCode(202)
                .body("encoding", equalTo("GSM7")).body("partCount", equalTo(2)).extract().path("id");
        awaitStatus(longId, "DELIVERED");
    }

    @Test
    void gsmExtensionCharactersCountTwice() {
        String msisdn = newMsisdn();
        post(freeText(msisdn, "€".repeat(80)), Roles.SUPERVISOR).statusCode(202)
                .body("encoding", equalTo("GSM7")).body("partCount", equalTo(1));
        post(freeText(msisdn, "[".repeat(81)), Roles.SUPERVISOR).statusCode(202)
                .body("encoding", equalTo("GSM7")).body("partCount", equalTo(2));
    }

    @Test
    void vietnameseWithDiacriticsTravelsAsUcs2InParts() {
        String msisdn = smscReady(newMsisdn());
        String text = "Quý khách vui lòng cập nhật thông tin thuê bao tại cửa hàng MobiFone gần nhất hoặc ứng dụng My MobiFone.";
        String id = post(freeText(msisdn, text), Roles.SUPERVISOR).statusCode(202)
                .body("encoding", equalTo("UCS2")).body("partCount", equalTo(2)).extract().path("id");
        awaitStatus(id, "DELIVERED");

        List<ReceivedSubmit> parts = smsc().submitsTo(msisdn);
        assertThat(parts).hasSize(2).allMatch(ReceivedSubmit::ucs2).allMatch(p -> p.concatTotal() == 2);
        assertThat(parts.stream().map(ReceivedSubmit::concatReference).distinct()).hasSize(1);
        assertThat(SmsFixtures.receivedOnce(msisdn)).isEqualTo(text);
        SmsFixtures.get(id).body("parts.state", equalTo(List.of("DELIVERED", "DELIVERED")));
    }

    @Test
    void aFoldingTemplateSendsVietnameseWithoutDiacritics() {
        String msisdn = smscReady(newMsisdn());
        String id = send(templated(msisdn, "identity-update-sms", Map.of("deadline", "30/11"))).statusCode(202)
                .body("encoding", equalTo("GSM7")).body("text", org.hamcrest.Matchers.startsWith("[CSKH] Quy khach vui long cap nhat"))
                .extract().path("id");
        awaitStatus(id, "DELIVERED");
        assertThat(SmsFixtures.receivedOnce(msisdn)).contains("truoc ngay 30/11").contains("Mien Tay");
    }

    @Test
    void searchFindsMessagesBySubscriberAndCampaign() {
        String msisdn = newMsisdn();
        Map<String, Object> request = myMobiFoneLink(msisdn);
        request.put("campaignId", "search-" + msisdn);
        String id = send(request).statusCode(202).extract().path("id");
        given().header("Authorization", TestStack.bearer(Roles.OPS, "O001"))
                .queryParam("msisdn", "0" + msisdn.substring(2)).queryParam("campaignId", "search-" + msisdn)
                .get("/messages").then().statusCode(200).body("total", equalTo(1)).body("items.id", hasItem(id));
        given().header("Authorization", TestStack.bearer(Roles.OPS, "O001")).get("/messages").then().statusCode(400);
    }

    @Test
    void requestsAreValidatedAndAuthorised() {
        Map<String, Object> bad = myMobiFoneLink("12345");
        send(bad).statusCode(400);
        Map<String, Object> noChannel = myMobiFoneLink(newMsisdn());
        noChannel.remove("channel");
        send(noChannel).statusCode(400).body("violations.field", hasItem(org.hamcrest.Matchers.containsString("channel")));
        send(templated(newMsisdn(), "no-such-template", Map.of())).statusCode(400);
        send(templated(newMsisdn(), "kndl-invitation", Map.of("points", "1200"))).statusCode(400);
        send(freeText(newMsisdn(), "hello")).statusCode(422).body("reason", equalTo("free-text-not-allowed"));
        post(myMobiFoneLink(newMsisdn()), Roles.AGENT).statusCode(403);
        given().contentType("application/json").body(myMobiFoneLink(newMsisdn())).post("/messages").then().statusCode(401);
        SmsFixtures.get("00000000-0000-0000-0000-000000000000").statusCode(404);
    }

    private static String smscReady(String msisdn) {
        smsc();
        return msisdn;
    }
}
