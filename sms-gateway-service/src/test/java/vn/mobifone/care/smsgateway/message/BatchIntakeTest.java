package vn.mobifone.care.smsgateway.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.mobifone.care.smsgateway.SmsFixtures.awaitStatus;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.freeText;
import static vn.mobifone.care.smsgateway.SmsFixtures.myMobiFoneLink;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;
import static vn.mobifone.care.smsgateway.SmsFixtures.sendBatch;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;
import static vn.mobifone.care.smsgateway.SmsFixtures.templated;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsgateway.SmsFixtures;
import vn.mobifone.care.smsgateway.SmsFixtures.HeldKeys;

@QuarkusTest
class BatchIntakeTest {

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachMessageOfAMixedBatchIsAnsweredAtItsPositionAndOnlyTheValidOnesAreSent() {
        smsc();
        String optedOut = newMsisdn();
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).contentType("application/json")
                .body(Map.of("source", "hotline")).put("/opt-outs/" + optedOut).then().statusCode(200);
        clock.setTo(todayAt(LocalTime.of(10, 0)));
        Map<String, Object> earlier = myMobiFoneLink(newMsisdn());
        String earlierId = send(earlier).statusCode(202).extract().path("id");

        Map<String, Object> valid = myMobiFoneLink(newMsisdn());
        Map<String, Object> noChannel = myMobiFoneLink(newMsisdn());
        noChannel.remove("channel");
        Map<String, Object> unknownTemplate = templated(newMsisdn(), "no-such-template", Map.of());
        Map<String, Object> missingParameter = templated(newMsisdn(), "kndl-invitation", Map.of("points", "1200"));
        Map<String, Object> text = freeText(newMsisdn(), "Xin chao");
        Map<String, Object> keyOfAnotherSubscriber = myMobiFoneLink(newMsisdn());
        keyOfAnotherSubscriber.put("idempotencyKey", earlier.get("idempotencyKey"));
        Map<String, Object> offer = offer(optedOut);
        Map<String, Object> repeated = new HashMap<>(valid);
        List<Map<String, Object>> batch = List.of(valid, noChannel, earlier, unknownTemplate, missingParameter, text,
                keyOfAnotherSubscriber, offer, repeated);

        JsonPath answer = sendBatch(batch, Roles.INTEGRATION).statusCode(200)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(2)).body("refused", equalTo(5))
                .body("items.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8)))
                .body("items.outcome", equalTo(List.of("ACCEPTED", "REFUSED", "DUPLICATE", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                        "ACCEPTED", "DUPLICATE")))
                .body("items[0].status", equalTo("QUEUED")).body("items[0].problem", nullValue())
                .body("items[1].problem.status", equalTo(400)).body("items[1].problem.reason", equalTo("validation-failed"))
                .body("items[1].problem.violations.field", hasItem("channel")).body("items[1].messageId", nullValue())
                .body("items[2].messageId", equalTo(earlierId))
                .body("items[3].problem.reason", equalTo("validation-failed")).body("items[3].problem.violations.field", hasItem("templateId"))
                .body("items[4].problem.violations.field", hasItem("parameters"))
                .body("items[5].problem.status", equalTo(422)).body("items[5].problem.reason", equalTo("free-text-not-allowed"))
                .body("items[6].problem.status", equalTo(409)).body("items[6].problem.reason", equalTo("idempotency-key-reused"))
                .body("items[7].status", equalTo("REJECTED")).body("items[7].reason", equalTo("opted-out"))
                .extract().jsonPath();
        String validId = answer.getString("items[0].messageId");
        assertThat(answer.getString("items[8].messageId")).as("a key repeated in the batch answers its first message").isEqualTo(validId);
        assertThat(answer.getString("items[1].idempotencyKey")).isEqualTo(noChannel.get("idempotencyKey"));

        // Nothing was recorded for the refused ones; one message per key for the others.
        for (Map<String, Object> refused : List.of(noChannel, unknownTemplate, missingParameter, text)) {
            assertThat(count("SELECT count(*) FROM message WHERE idempotency_key = ?", refused.get("idempotencyKey"))).isZero();
        }
        assertThat(count("SELECT count(*) FROM message WHERE idempotency_key = ?", valid.get("idempotencyKey"))).isEqualTo(1);
        awaitStatus(validId, "DELIVERED");
        SmsFixtures.receivedOnce((String) valid.get("msisdn"));
        assertThat(smsc().submitsTo(optedOut)).isEmpty();
        assertThat(smsc().submitsTo((String) keyOfAnotherSubscriber.get("msisdn"))).isEmpty();

        // A supervisor may write free text in a batch, as in a single request.
        sendBatch(List.of(freeText(newMsisdn(), "Xin chao")), Roles.SUPERVISOR).statusCode(200)
                .body("items[0].outcome", equalTo("ACCEPTED")).body("items[0].status", equalTo("QUEUED"));
    }

    @Test
    void aBatchThatCannotBeReadOrIsOutOfBoundsIsRefusedWhole() {
        String msisdn = newMsisdn();
        sendBatch(List.of(), Roles.INTEGRATION).statusCode(400).body("reason", equalTo("validation-failed"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= BatchRequest.MAX_MESSAGES; i++) {
            tooMany.add(myMobiFoneLink(msisdn));
        }
        sendBatch(tooMany, Roles.INTEGRATION).statusCode(400).body("reason", equalTo("validation-failed"));
        List<Map<String, Object>> withNull = new ArrayList<>(List.of(myMobiFoneLink(msisdn)));
        withNull.add(null);
        sendBatch(withNull, Roles.INTEGRATION).statusCode(400).body("reason", equalTo("validation-failed"));
        Map<String, Object> badNumber = myMobiFoneLink("12345");
        sendBatch(List.of(myMobiFoneLink(msisdn), badNumber), Roles.INTEGRATION).statusCode(400)
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("msisdn")));
        Map<String, Object> numberForEnum = myMobiFoneLink(msisdn);
        numberForEnum.put("channel", 0);
        sendBatch(List.of(numberForEnum), Roles.INTEGRATION).statusCode(400);
        given().header("Authorization", TestStack.bearer(Roles.INTEGRATION, "I001")).contentType("application/json")
                .body("{\"messages\": [], \"messages\": []}").post("/messages/batch").then().statusCode(400)
                .body("reason", equalTo("malformed-body"));
        sendBatch(List.of(myMobiFoneLink(msisdn)), Roles.AGENT).statusCode(403);
        given().contentType("application/json").body(Map.of("messages", List.of(myMobiFoneLink(msisdn)))).post("/messages/batch").then()
                .statusCode(401);
        assertThat(count("SELECT count(*) FROM message WHERE msisdn = ?", msisdn)).isZero();
    }

    @Test
    void concurrentBatchesNeverExceedTheCapsOfACampaign() throws Exception {
        clock.setTo(todayAt(LocalTime.of(10, 0)));
        String campaign = "arpu-batch-" + newMsisdn();
        given().header("Authorization", TestStack.bearer(Roles.INTEGRATION, "I001")).contentType("application/json")
                .body(Map.of("smsPerSubscriber", 2, "zaloPerSubscriber", 1)).put("/campaign-limits/" + campaign).then().statusCode(201);
        List<String> subscribers = List.of(newMsisdn(), newMsisdn(), newMsisdn(), newMsisdn(), newMsisdn());
        int batches = 6;
        ExecutorService pool = Executors.newFixedThreadPool(batches);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<Map<String, Object>> messages = new ArrayList<>();
                for (String msisdn : subscribers) {
                    messages.add(campaignSms(msisdn, campaign));
                    messages.add(campaignSms(msisdn, campaign));
                }
                // Half of the batches name the subscribers the other way round.
                if (b % 2 == 1) {
                    Collections.reverse(messages);
                }
                answers.add(pool.submit(() -> sendBatch(messages, Roles.INTEGRATION).statusCode(200).body("accepted", equalTo(10))
                        .extract().jsonPath()));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                statuses.addAll(answer.get().getList("items.status", String.class));
            }
            assertThat(statuses.stream().filter(s -> !s.equals("REJECTED"))).hasSize(2 * subscribers.size());
        } finally {
            pool.shutdown();
        }
        for (String msisdn : subscribers) {
            assertThat(count("SELECT count(*) FROM message WHERE msisdn = ? AND campaign_id = ? AND status <> 'REJECTED'", msisdn, campaign))
                    .as("messages let through for %s", msisdn).isEqualTo(2);
            assertThat(count("SELECT count(*) FROM message WHERE msisdn = ? AND reason = 'cap-exceeded'", msisdn)).isEqualTo(10);
            assertThat(count("SELECT used FROM subscriber_cap WHERE msisdn = ? AND campaign_id = ? AND channel = 'SMS'", msisdn, campaign))
                    .isEqualTo(2);
        }
    }

    @Test
    void aBatchWithMoreMessagesForASubscriberThanItsCapLeavesLetsThroughTheFirstOnesInItsOrder() {
        clock.setTo(todayAt(LocalTime.of(10, 0)));
        String campaign = "arpu-room-" + newMsisdn();
        given().header("Authorization", TestStack.bearer(Roles.INTEGRATION, "I001")).contentType("application/json")
                .body(Map.of("smsPerSubscriber", 2, "zaloPerSubscriber", 1)).put("/campaign-limits/" + campaign).then().statusCode(201);
        String msisdn = newMsisdn();
        String other = newMsisdn();
        sendBatch(List.of(campaignSms(msisdn, campaign)), Roles.INTEGRATION).statusCode(200).body("items[0].status", equalTo("QUEUED"));

        // One left under the cap of the first subscriber: of its three, the first goes; the other subscriber's two both go.
        sendBatch(List.of(campaignSms(msisdn, campaign), campaignSms(other, campaign), campaignSms(msisdn, campaign),
                campaignSms(other, campaign), campaignSms(msisdn, campaign)), Roles.INTEGRATION).statusCode(200)
                .body("accepted", equalTo(5))
                .body("items.status", equalTo(List.of("QUEUED", "QUEUED", "REJECTED", "QUEUED", "REJECTED")))
                .body("items[2].reason", equalTo("cap-exceeded")).body("items[4].reason", equalTo("cap-exceeded"));
        assertThat(count("SELECT used FROM subscriber_cap WHERE msisdn = ? AND campaign_id = ? AND channel = 'SMS'", msisdn, campaign))
                .isEqualTo(2);
        assertThat(count("SELECT used FROM subscriber_cap WHERE msisdn = ? AND campaign_id = ? AND channel = 'SMS'", other, campaign))
                .isEqualTo(2);
    }

    @Test
    void aBatchSentAgainAfterTheClientTimedOutSendsNothingTwice() throws Exception {
        smsc();
        List<Map<String, Object>> messages = List.of(storeAddress(newMsisdn()), storeAddress(newMsisdn()), storeAddress(newMsisdn()));
        String body = "{\"messages\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(messages) + "}";
        HttpClient client = HttpClient.newHttpClient();
        JsonPath retried;
        try (HeldKeys held = new HeldKeys((String) messages.get(2).get("idempotencyKey"))) {
            // The first call waits in its transaction; the client gives up on it.
            HttpRequest first = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/messages/batch"))
                    .header("Authorization", TestStack.bearer(Roles.INTEGRATION, "I001")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(3)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            CompletableFuture<HttpResponse<String>> firstAnswer = client.sendAsync(first, HttpResponse.BodyHandlers.ofString());
            SmsFixtures.await("the first call waits", () -> HeldKeys.waiting() == 1, Duration.ofSeconds(10));
            assertThat(firstAnswer).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(HttpTimeoutException.class);
            // Sent again while the first is still under way: it waits for the first, then finds its messages.
            CompletableFuture<JsonPath> again = CompletableFuture.supplyAsync(
                    () -> sendBatch(messages, Roles.INTEGRATION).statusCode(200).extract().jsonPath());
            SmsFixtures.await("both calls wait", () -> HeldKeys.waiting() == 2, Duration.ofSeconds(10));
            held.release();
            retried = again.get();
        }
        assertThat(retried.getList("items.outcome", String.class)).containsOnly("DUPLICATE");
        JsonPath third = sendBatch(messages, Roles.INTEGRATION).statusCode(200).body("duplicates", equalTo(3)).extract().jsonPath();
        assertThat(third.getList("items.messageId")).isEqualTo(retried.getList("items.messageId"));
        for (int i = 0; i < messages.size(); i++) {
            assertThat(count("SELECT count(*) FROM message WHERE idempotency_key = ?", messages.get(i).get("idempotencyKey"))).isEqualTo(1);
        }
        sentOnceEach(messages);
    }

    @Test
    void aBatchCutOffMidTransactionLeavesNothingAndIsRecordedWholeWhenSentAgain() throws Exception {
        smsc();
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            messages.add(storeAddress(newMsisdn()));
        }
        // The last subscriber is written last: the batch has written the four others when it waits.
        Map<String, Object> last = messages.get(4);
        try (HeldKeys held = new HeldKeys((String) last.get("idempotencyKey"))) {
            CompletableFuture<Integer> cutOff = CompletableFuture.supplyAsync(
                    () -> sendBatch(messages, Roles.INTEGRATION).extract().statusCode());
            SmsFixtures.await("the batch waits mid-transaction", () -> HeldKeys.waiting() == 1, Duration.ofSeconds(10));
            // Its connection ends as when the gateway's process dies.
            assertThat(HeldKeys.cutOffWaiting()).isEqualTo(1);
            assertThat(cutOff.get()).isEqualTo(500);
            held.release();
        }
        for (Map<String, Object> m : messages) {
            assertThat(count("SELECT count(*) FROM message WHERE msisdn = ?", m.get("msisdn"))).as("rows of %s", m.get("msisdn")).isZero();
        }
        SmsFixtures.holds("nothing of the batch is sent", () -> messages.stream().allMatch(m -> smsc().submitsTo((String) m.get("msisdn")).isEmpty()),
                Duration.ofMillis(600));

        sendBatch(messages, Roles.INTEGRATION).statusCode(200).body("accepted", equalTo(5));
        sentOnceEach(messages);
    }

    /** One SMS part each: every message reaches the SMSC, and none a second time. */
    private static void sentOnceEach(List<Map<String, Object>> messages) {
        List<String> msisdns = messages.stream().map(m -> (String) m.get("msisdn")).toList();
        SmsFixtures.await("every message at the SMSC", () -> msisdns.stream().noneMatch(m -> smsc().submitsTo(m).isEmpty()),
                Duration.ofSeconds(20));
        SmsFixtures.holds("no message sent twice", () -> msisdns.stream().allMatch(m -> smsc().submitsTo(m).size() == 1),
                Duration.ofMillis(600));
    }

    private static Map<String, Object> storeAddress(String msisdn) {
        return templated(msisdn, "store-address", Map.of("storeAddress", "12 Nguyen Hue, Q1"));
    }

    private static Map<String, Object> campaignSms(String msisdn, String campaign) {
        Map<String, Object> body = templated(msisdn, "kndl-invitation", Map.of("msisdn", msisdn, "points", "1200"));
        body.put("campaignId", campaign);
        body.put("category", "ADVERTISING");
        return body;
    }

    private static Map<String, Object> offer(String msisdn) {
        Map<String, Object> body = templated(msisdn, "package-offer",
                Map.of("benefit", "4GB/ngay", "packageName", "C90N", "price", "90.000", "gift", "1 non bao hiem"));
        body.put("category", "ADVERTISING");
        return body;
    }

    private static java.time.Instant todayAt(LocalTime time) {
        return ZonedDateTime.of(LocalDate.now(CareClock.ZONE), time, CareClock.ZONE).toInstant();
    }
}
