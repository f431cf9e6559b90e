package vn.mobifone.care.smsgateway.cap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.mobifone.care.smsgateway.SmsFixtures.awaitStatus;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.myMobiFoneLink;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;
import static vn.mobifone.care.smsgateway.SmsFixtures.templated;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsgateway.SmsFixtures;

@QuarkusTest
class CapsOptOutAndWindowTest {

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void concurrentRequestsNeverExceedTheSmsCapOfACampaign() throws Exception {
        String msisdn = newMsisdn();
        String campaign = seed002Campaign();
        List<String> statuses = sendConcurrently(12, () -> campaignMessage(msisdn, campaign, "SMS"));
        assertThat(statuses.stream().filter(s -> !s.equals("REJECTED"))).hasSize(2);
        assertThat(count("SELECT count(*) FROM message WHERE msisdn = ? AND status = 'REJECTED' AND reason = 'cap-exceeded'", msisdn))
                .isEqualTo(10);
        assertThat(count("SELECT used FROM subscriber_cap WHERE msisdn = ? AND campaign_id = ? AND channel = 'SMS'", msisdn, campaign))
                .isEqualTo(2);
        // Another campaign has limits of its own: it registered none, so its outreach is not capped.
        for (int i = 0; i < 3; i++) {
            send(campaignMessage(msisdn, "other-" + campaign, "SMS")).statusCode(202).body("status", not(equalTo("REJECTED")));
        }
    }

    @Test
    void concurrentRequestsNeverExceedTheZaloCap() throws Exception {
        String msisdn = newMsisdn();
        String campaign = seed002Campaign();
        List<String> statuses = sendConcurrently(6, () -> campaignMessage(msisdn, campaign, "ZALO"));
        assertThat(statuses.stream().filter(s -> !s.equals("REJECTED"))).hasSize(1);
        send(campaignMessage(msisdn, campaign, "ZALO")).statusCode(202)
                .body("status", equalTo("REJECTED")).body("reason", equalTo("cap-exceeded"));
    }

    @Test
    void careMessagesACustomerAskedForAreNeverHeldToTheCampaignsCaps() {
        String msisdn = newMsisdn();
        String campaign = seed002Campaign();
        for (int i = 0; i < 2; i++) {
            send(campaignMessage(msisdn, campaign, "SMS")).statusCode(202).body("status", not(equalTo("REJECTED")));
        }
        send(campaignMessage(msisdn, campaign, "SMS")).statusCode(202).body("reason", equalTo("cap-exceeded"));
        for (int i = 0; i < 3; i++) {
            Map<String, Object> care = myMobiFoneLink(msisdn);
            care.put("campaignId", campaign);
            send(care).statusCode(202).body("status", equalTo("QUEUED")).body("category", equalTo("CARE"));
        }
    }

    @Test
    void aCampaignsOutreachWaitsForItsSendDatesAndEndsAfterTheLast() {
        LocalDate today = LocalDate.now(CareClock.ZONE);
        String campaign = "dates-" + newMsisdn();
        // Zalo, whose answer is final: nothing waits for a receipt while the clock is moved.
        limits(campaign, Map.of("zaloPerSubscriber", 2, "sendDates", List.of(today.plusDays(2).toString(), today.plusDays(4).toString())))
                .statusCode(201);
        clock.setTo(todayAt(LocalTime.of(10, 0)));

        String msisdn = newMsisdn();
        String id = send(campaignMessage(msisdn, campaign, "ZALO")).statusCode(202).body("status", equalTo("ACCEPTED")).extract().path("id");
        assertThat(ZonedDateTime.parse(SmsFixtures.get(id).extract().path("notBefore")).withZoneSameInstant(CareClock.ZONE))
                .isEqualTo(ZonedDateTime.of(today.plusDays(2), LocalTime.of(7, 0), CareClock.ZONE));

        clock.setTo(ZonedDateTime.of(today.plusDays(3), LocalTime.of(12, 0), CareClock.ZONE).toInstant());
        String next = send(campaignMessage(newMsisdn(), campaign, "ZALO")).statusCode(202).body("status", equalTo("ACCEPTED"))
                .extract().path("id");
        assertThat(ZonedDateTime.parse(SmsFixtures.get(next).extract().path("notBefore")).withZoneSameInstant(CareClock.ZONE).toLocalDate())
                .isEqualTo(today.plusDays(4));

        clock.setTo(ZonedDateTime.of(today.plusDays(5), LocalTime.of(9, 0), CareClock.ZONE).toInstant());
        send(campaignMessage(newMsisdn(), campaign, "ZALO")).statusCode(202)
                .body("status", equalTo("REJECTED")).body("reason", equalTo("outside-campaign-dates"));
        Map<String, Object> care = templated(newMsisdn(), "identity-update-zalo", Map.of());
        care.put("channel", "ZALO");
        care.put("campaignId", campaign);
        send(care).statusCode(202).body("status", equalTo("QUEUED"));
    }

    @Test
    void campaignLimitsAreSetByTheCampaignsOwnerAndValidated() {
        String campaign = "limits-" + newMsisdn();
        limits(campaign, Map.of("smsPerSubscriber", 2, "zaloPerSubscriber", 1, "sendDates", List.of("2022-10-30", "2022-10-28")))
                .statusCode(201).body("smsPerSubscriber", equalTo(2)).body("zaloPerSubscriber", equalTo(1))
                .body("sendDates", equalTo(List.of("2022-10-28", "2022-10-30")));
        limits(campaign, Map.of("smsPerSubscriber", 3)).statusCode(200).body("smsPerSubscriber", equalTo(3))
                .body("zaloPerSubscriber", org.hamcrest.Matchers.nullValue()).body("sendDates", empty());
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).get("/campaign-limits/" + campaign).then().statusCode(200)
                .body("smsPerSubscriber", equalTo(3));
        limits(campaign, Map.of("smsPerSubscriber", -1)).statusCode(400);
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).contentType("application/json")
                .body(Map.of("smsPerSubscriber", 1)).put("/campaign-limits/" + campaign).then().statusCode(403);
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).get("/campaign-limits/none-" + campaign).then()
                .statusCode(404);
    }

    @Test
    void anOptedOutSubscriberGetsNoAdvertisingButStillCare() {
        String msisdn = newMsisdn();
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).contentType("application/json")
                .body(Map.of("source", "hotline")).put("/opt-outs/" + msisdn).then().statusCode(200).body("msisdn", equalTo(msisdn));
        clock.setTo(todayAt(LocalTime.of(10, 0)));

        send(offer(msisdn)).statusCode(202).body("status", equalTo("REJECTED")).body("reason", equalTo("opted-out"));
        String care = send(myMobiFoneLink(msisdn)).statusCode(202).body("status", equalTo("QUEUED")).extract().path("id");
        smsc();
        awaitStatus(care, "DELIVERED");

        given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S001")).delete("/opt-outs/" + msisdn).then().statusCode(204);
        send(offer(msisdn)).statusCode(202).body("status", equalTo("QUEUED"));
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).delete("/opt-outs/" + msisdn).then().statusCode(403);
    }

    @Test
    void advertisingOutsideTheWindowWaitsForSevenOClock() {
        String msisdn = newMsisdn();
        smsc();
        clock.setTo(todayAt(LocalTime.of(22, 30)));
        String id = send(offer(msisdn)).statusCode(202).body("status", equalTo("ACCEPTED")).extract().path("id");
        String notBefore = SmsFixtures.get(id).extract().path("notBefore");
        assertThat(ZonedDateTime.parse(notBefore).withZoneSameInstant(CareClock.ZONE).toLocalTime()).isEqualTo(LocalTime.of(7, 0));

        // Several dispatch polls (200 ms each) pass without sending it.
        SmsFixtures.holds("nothing sent before 07:00", () -> smsc().submitsTo(msisdn).isEmpty() && "ACCEPTED".equals(SmsFixtures.status(id)),
                Duration.ofSeconds(1));

        clock.setTo(ZonedDateTime.parse(notBefore).toInstant().plusSeconds(1));
        awaitStatus(id, "DELIVERED");
        SmsFixtures.receivedOnce(msisdn);
    }

    /** A campaign with seed 002's caps: 2 SMS and 1 Zalo per subscriber, any day. */
    private static String seed002Campaign() {
        String campaign = "arpu-2022-" + newMsisdn();
        limits(campaign, Map.of("smsPerSubscriber", 2, "zaloPerSubscriber", 1)).statusCode(201);
        return campaign;
    }

    private static io.restassured.response.ValidatableResponse limits(String campaign, Map<String, Object> limits) {
        return given().header("Authorization", TestStack.bearer(Roles.INTEGRATION, "I001")).contentType("application/json").body(limits)
                .put("/campaign-limits/" + campaign).then();
    }

    private static Map<String, Object> offer(String msisdn) {
        Map<String, Object> body = templated(msisdn, "package-offer",
                Map.of("benefit", "4GB/ngay", "packageName", "C90N", "price", "90.000", "gift", "1 non bao hiem"));
        body.put("category", "ADVERTISING");
        return body;
    }

    private static Map<String, Object> campaignMessage(String msisdn, String campaign, String channel) {
        Map<String, Object> body = channel.equals("SMS")
                ? templated(msisdn, "kndl-invitation", Map.of("msisdn", msisdn, "points", "1200"))
                : templated(msisdn, "identity-update-zalo", Map.of());
        body.put("channel", channel);
        body.put("campaignId", campaign);
        // The campaign's own outreach, as its broadcasts send it.
        body.put("category", "ADVERTISING");
        return body;
    }

    private static List<String> sendConcurrently(int count, java.util.function.Supplier<Map<String, Object>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, Object> body = request.get();
                answers.add(pool.submit(() -> send(body).statusCode(202).extract().<String>path("status")));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<String> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private static java.time.Instant todayAt(LocalTime time) {
        return ZonedDateTime.of(LocalDate.now(CareClock.ZONE), time, CareClock.ZONE).toInstant();
    }
}
