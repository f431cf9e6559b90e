package vn.mobifone.care.consultation.appinstall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.mobifone.care.consultation.ConsultationFixtures.consult;
import static vn.mobifone.care.consultation.ConsultationFixtures.count;
import static vn.mobifone.care.consultation.ConsultationFixtures.request;
import static vn.mobifone.care.consultation.ConsultationFixtures.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.ConsultationFixtures;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.platform.time.CareClock;

/** The save: its row, history line, events and link SMS together; retries; the cross-channel lock and its race. */
@QuarkusTest
class AppConsultationRecordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSaveRecordsTheConsultationItsEventAndTheLinkSmsTogether() throws Exception {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        Map<String, Object> body = request(msisdn, "SMS");
        try (KafkaProbe probe = KafkaProbe.watch(Topics.CONSULTATION_RECORDED, Topics.SMS_REQUESTED)) {
            String id = consult(body, "A007").statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/app-consultations/"))
                    .body("msisdn", equalTo(msisdn))
                    .body("channel", equalTo("SMS"))
                    .body("agentId", equalTo("A007"))
                    .body("smsStatus", equalTo("REQUESTED"))
                    .body("history[0].entry", equalTo("RECORDED"))
                    .extract().path("id");

            JsonNode recorded = JSON.readTree(probe.awaitRecord(r -> r.topic().equals(Topics.CONSULTATION_RECORDED) && msisdn.equals(r.key()),
                    Duration.ofSeconds(15)).value());
            assertThat(recorded.path("consultationId").asText()).isEqualTo(id);
            assertThat(recorded.path("channel").asText()).isEqualTo("SMS");
            assertThat(recorded.path("agentId").asText()).isEqualTo("A007");
            JsonNode sms = JSON.readTree(probe.awaitRecord(r -> r.topic().equals(Topics.SMS_REQUESTED) && msisdn.equals(r.key()),
                    Duration.ofSeconds(15)).value());
            assertThat(sms.path("templateId").asText()).isEqualTo("my-mobifone-link");
            assertThat(sms.path("idempotencyKey").asText()).isEqualTo("app-consultation:" + id);
            assertThat(sms.path("channel").asText()).isEqualTo("SMS");
            assertThat(sms.path("category").asText()).isEqualTo("CARE");
        }
        screen(msisdn, "A007").statusCode(200).body("history", hasSize(1)).body("history[0].channel", equalTo("SMS"));
    }

    @Test
    void aRetriedSaveAnswersTheSameConsultationAndNeverASecondSms() {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        Map<String, Object> body = request(msisdn, "WEB");
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_REQUESTED)) {
            String id = consult(body, "A001").statusCode(201).extract().path("id");

            consult(body, "A001").statusCode(200).body("id", equalTo(id));
            consult(body, "A001").statusCode(200).body("id", equalTo(id));

            probe.awaitRecord(r -> msisdn.equals(r.key()), Duration.ofSeconds(15));
            assertThat(probe.drain(Duration.ofSeconds(2))).filteredOn(r -> msisdn.equals(r.key())).hasSize(1);
        }
        assertThat(count("SELECT count(*) FROM app_consultation WHERE msisdn = ?", msisdn)).isEqualTo(1);
        Map<String, Object> reused = request(ConsultationFixtures.smartphoneWithoutApp(), "WEB");
        reused.put("idempotencyKey", body.get("idempotencyKey"));
        consult(reused, "A001").statusCode(409).body("reason", equalTo("idempotency-key-reused"));
    }

    @Test
    void theOtherChannelIsLockedFor24HoursToTheInstant() {
        clock.setTo(Instant.parse("2026-12-02T03:00:00Z"));
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        ExtractableResponse<Response> first = consult(request(msisdn, "SMS"), "A001").statusCode(201).extract();
        Instant recordedAt = Instant.parse(first.path("recordedAt"));
        Instant reopensAt = recordedAt.plus(Duration.ofHours(24));
        assertThat(Instant.parse(first.<String>path("reopensAt"))).isEqualTo(reopensAt);

        consult(request(msisdn, "WEB"), "A002").statusCode(409).body("reason", equalTo("channel-locked"));
        screen(msisdn, "A002").statusCode(200)
                .body("box.state", equalTo("LOCKED"))
                .body("box.lockedBy", equalTo("SMS"))
                .body("box.reopensAt", equalTo(reopensAt.toString()));

        // The clock keeps ticking after it is set: half a second before the edge leaves room for the request itself.
        clock.setTo(reopensAt.minusMillis(500));
        consult(request(msisdn, "WEB"), "A002").statusCode(409).body("reason", equalTo("channel-locked"));

        clock.setTo(reopensAt);
        screen(msisdn, "A002").statusCode(200).body("box.state", equalTo("AVAILABLE"));
        consult(request(msisdn, "WEB"), "A002").statusCode(201);
        screen(msisdn, "A001").statusCode(200).body("box.lockedBy", equalTo("WEB")).body("history", hasSize(2));
    }

    @Test
    void ofManySimultaneousSavesFromBothChannelsExactlyOneWins() throws Exception {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        int requests = 60;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                Map<String, Object> body = request(msisdn, i % 2 == 0 ? "SMS" : "WEB");
                String agent = "A10" + (i % 6);
                answers.add(pool.submit(() -> {
                    go.await();
                    return consult(body, agent).extract();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    reasons.add(response.path("reason"));
                }
            }
            assertThat(statuses).as("statuses %s", statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).as("statuses %s", statuses).filteredOn(s -> s == 409).hasSize(requests - 1);
            assertThat(reasons).containsOnly("channel-locked");
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM app_consultation WHERE msisdn = ?", msisdn)).isEqualTo(1);
    }
}
