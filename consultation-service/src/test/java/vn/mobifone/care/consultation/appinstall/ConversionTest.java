package vn.mobifone.care.consultation.appinstall;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.mobifone.care.consultation.ConsultationFixtures.consult;
import static vn.mobifone.care.consultation.ConsultationFixtures.count;
import static vn.mobifone.care.consultation.ConsultationFixtures.request;
import static vn.mobifone.care.consultation.ConsultationFixtures.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.ConsultationFixtures;
import vn.mobifone.care.contracts.events.AppInstalled;
import vn.mobifone.care.contracts.events.SmsStatusChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;

/** After the call: the link SMS's progress in the history, the installation that converts and ends the lock, the report. */
@QuarkusTest
class ConversionTest {

    @Inject
    ObjectMapper json;

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHistoryShowsTheLinkSmsSentThenDelivered() throws Exception {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        String id = consult(request(msisdn, "SMS"), "A001").statusCode(201).extract().path("id");
        String key = "app-consultation:" + id;
        SmsStatusChanged submitted = status(msisdn, key, "SUBMITTED", null);
        send(Topics.SMS_STATUS_CHANGED, msisdn, submitted);
        send(Topics.SMS_STATUS_CHANGED, msisdn, status(msisdn, key, "DELIVERED", null));
        send(Topics.SMS_STATUS_CHANGED, msisdn, submitted);

        await().atMost(Duration.ofSeconds(15)).until(() -> "DELIVERED".equals(consultation(id).path("smsStatus")));
        List<String> entries = consultation(id).path("history.entry");
        assertThat(entries).containsExactly("RECORDED", "SMS_SENT", "SMS_DELIVERED");
    }

    @Test
    void aFailedLinkSmsShowsWithItsReason() throws Exception {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        String id = consult(request(msisdn, "WEB"), "A001").statusCode(201).extract().path("id");
        send(Topics.SMS_STATUS_CHANGED, msisdn, status(msisdn, "app-consultation:" + id, "FAILED", "smsc-status-0x0000000b"));

        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(consultation(id).path("smsStatus")));
        assertThat(consultation(id).<String>path("history[1].detail")).isEqualTo("smsc-status-0x0000000b");
    }

    @Test
    void anInstallationBefore24HoursConvertsAndEndsTheLock() throws Exception {
        Instant start = Instant.parse("2026-11-20T02:00:00Z");
        clock.setTo(start);
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        String id = consult(request(msisdn, "SMS"), "A321").statusCode(201).extract().path("id");
        Instant installedAt = start.plus(Duration.ofHours(3));
        AppInstalled installed = new AppInstalled(UUID.randomUUID(), installedAt, AppInstalled.VERSION, msisdn, "ANDROID", installedAt);
        send(Topics.APP_INSTALLED, msisdn, installed);
        send(Topics.APP_INSTALLED, msisdn, installed);

        await().atMost(Duration.ofSeconds(15)).until(() -> Boolean.TRUE.equals(consultation(id).path("converted")));
        clock.setTo(installedAt.plus(Duration.ofMinutes(5)));
        screen(msisdn, "A001").statusCode(200)
                .body("box.state", equalTo("ALREADY_INSTALLED"))
                .body("appInstalled", equalTo(true))
                .body("appInstalledOn", equalTo("2026-11-20"))
                .body("history[0].installedAt", equalTo("2026-11-20T05:00:00Z"));
        assertThat(count("SELECT count(*) FROM channel_lock WHERE msisdn = ?", msisdn)).isZero();
        assertThat(count("SELECT count(*) FROM app_consultation_history WHERE consultation_id = ?::uuid AND entry = 'CONVERTED'", id))
                .isEqualTo(1);
        consult(request(msisdn, "WEB"), "A001").statusCode(409).body("reason", equalTo("app-already-installed"));

        given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S001"))
                .queryParam("from", "2026-11-20T00:00:00Z").queryParam("to", "2026-11-21T00:00:00Z")
                .get("/app-consultations/conversion").then().statusCode(200)
                .body("byAgent.find { it.agentId == 'A321' }.consultations", equalTo(1))
                .body("byAgent.find { it.agentId == 'A321' }.installedWithin24h", equalTo(1))
                .body("byAgent.find { it.agentId == 'A321' }.medianMinutesToInstall", equalTo(180.0f))
                .body("byChannel.channel", hasItem("SMS"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("care_consultations_converted_total{agent=\"A321\",channel=\"SMS\",window=\"24h\"} 1.0"))
                .body(containsString("care_consultations_time_to_install_seconds"));
    }

    @Test
    void anInstallationAfterAWeekDoesNotConvert() throws Exception {
        Instant start = Instant.parse("2026-11-01T02:00:00Z");
        clock.setTo(start);
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        String id = consult(request(msisdn, "WEB"), "A322").statusCode(201).extract().path("id");
        Instant late = start.plus(Duration.ofDays(8));
        send(Topics.APP_INSTALLED, msisdn, new AppInstalled(UUID.randomUUID(), late, AppInstalled.VERSION, msisdn, "IOS", late));

        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT count(*) FROM app_installation WHERE msisdn = ?", msisdn) == 1);
        assertThat(consultation(id).<Boolean>path("converted")).isFalse();
        given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S001"))
                .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-11-02T00:00:00Z")
                .get("/app-consultations/conversion").then().statusCode(200)
                .body("byAgent.find { it.agentId == 'A322' }.installedWithin7d", equalTo(0));
    }

    @Test
    void unreadableEventsGoToTheDeadLetterTopics() {
        String msisdn = ConsultationFixtures.newMsisdn();
        try (KafkaProbe dlt = KafkaProbe.watch(Topics.deadLetter(Topics.APP_INSTALLED), Topics.deadLetter(Topics.SMS_STATUS_CHANGED))) {
            KafkaProbe.send(Topics.APP_INSTALLED, msisdn, "{not json");
            KafkaProbe.send(Topics.SMS_STATUS_CHANGED, msisdn, "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"2026-11-01T00:00:00Z\","
                    + "\"version\":1,\"idempotencyKey\":\"app-consultation:" + UUID.randomUUID() + "\",\"msisdn\":\"" + msisdn
                    + "\",\"status\":\"DELIVERED\"}");
            dlt.awaitRecords(r -> msisdn.equals(r.key()), 2, Duration.ofSeconds(60));
        }
    }

    @Test
    void theReportIsForSupervisors() {
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).get("/app-consultations/conversion").then()
                .statusCode(403).body("reason", equalTo("forbidden"));
        given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S001")).queryParam("from", "yesterday")
                .get("/app-consultations/conversion").then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    private SmsStatusChanged status(String msisdn, String key, String status, String reason) {
        return new SmsStatusChanged(UUID.randomUUID(), Instant.now(), SmsStatusChanged.VERSION, UUID.randomUUID(), key, msisdn, null, "SMS",
                status, reason);
    }

    private void send(String topic, String key, Object event) throws Exception {
        KafkaProbe.send(topic, key, json.writeValueAsString(event));
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> consultation(String id) {
        return given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).get("/app-consultations/" + id).then()
                .statusCode(200).extract();
    }
}
