package vn.mobifone.care.subscriberlookup.appinstall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.mobifone.care.subscriberlookup.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.AppInstallationReported;
import vn.mobifone.care.contracts.events.AppInstalled;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.Subscribers;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;

@QuarkusTest
class AppInstallationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant INSTALLED_AT = Instant.parse("2026-02-01T18:30:00Z");

    @Inject
    ObjectMapper json;

    @Test
    void aReportedInstallationIsStoredAndAnnouncedOnce() throws Exception {
        SubscriberRecord s = Subscribers.smartphoneWithoutApp();
        Subscribers.save(s);
        String report = report(UUID.randomUUID(), "0" + s.msisdn().substring(2), "ANDROID", INSTALLED_AT);
        try (KafkaProbe probe = KafkaProbe.watch(Topics.APP_INSTALLED, Topics.SUBSCRIBER_CHANGED)) {
            as(Roles.INTEGRATION, "my-mobifone").contentType("application/json").body(report).post("/app-installations").then()
                    .statusCode(200)
                    .body("applied", equalTo(true))
                    .body("msisdn", equalTo(s.msisdn()))
                    // 18:30 UTC is 01:30 the next day in Vietnam
                    .body("appInstalledOn", equalTo("2026-02-02"));
            AppInstalled installed = json.readValue(probe.awaitRecord(
                    r -> r.topic().equals(Topics.APP_INSTALLED) && r.key().equals(s.msisdn()), WAIT).value(), AppInstalled.class);
            assertThat(installed.platform()).isEqualTo("ANDROID");
            assertThat(installed.installedAt()).isEqualTo(INSTALLED_AT);
            SubscriberChanged changed = json.readValue(probe.awaitRecord(
                    r -> r.topic().equals(Topics.SUBSCRIBER_CHANGED) && r.key().equals(s.msisdn()) && r.value().contains("\"appInstalled\":true"),
                    WAIT).value(), SubscriberChanged.class);
            assertThat(changed.appInstalledOn()).isEqualTo(LocalDate.of(2026, 2, 2));

            as(Roles.INTEGRATION, "my-mobifone").contentType("application/json").body(report).post("/app-installations").then()
                    .statusCode(200).body("applied", equalTo(false));
            as(Roles.INTEGRATION, "my-mobifone").contentType("application/json")
                    .body(report(UUID.randomUUID(), s.msisdn(), "IOS", INSTALLED_AT.plusSeconds(86_400))).post("/app-installations").then()
                    .statusCode(200).body("applied", equalTo(false)).body("appInstalledOn", equalTo("2026-02-02"));
            assertThat(probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.topic().equals(Topics.APP_INSTALLED) && r.key().equals(s.msisdn()))).hasSize(1);
        }
    }

    @Test
    void reportsFromThePlatformTopicAreApplied() throws Exception {
        SubscriberRecord s = Subscribers.smartphoneWithoutApp();
        Subscribers.save(s);
        try (KafkaProbe probe = KafkaProbe.watch(Topics.APP_INSTALLED, Topics.deadLetter(Topics.APP_INSTALLATIONS))) {
            KafkaProbe.send(Topics.APP_INSTALLATIONS, s.msisdn(), event(UUID.randomUUID(), "+" + s.msisdn(), "IOS", INSTALLED_AT));
            ConsumerRecord<String, String> record = probe.awaitRecord(
                    r -> r.topic().equals(Topics.APP_INSTALLED) && r.key().equals(s.msisdn()), WAIT);
            assertThat(json.readValue(record.value(), AppInstalled.class).platform()).isEqualTo("IOS");
            // An applied report is not also parked as undeliverable
            assertThat(probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.topic().equals(Topics.deadLetter(Topics.APP_INSTALLATIONS)) && s.msisdn().equals(r.key()))).isEmpty();
        }
        as(Roles.AGENT, "A001").queryParam("callId", "c").get("/subscribers/{msisdn}", s.msisdn()).then()
                .body("flags.appInstalled", equalTo(true));
    }

    @Test
    void unreadableOrUnknownReportsGoToTheDeadLetterTopic() throws Exception {
        String unknown = Subscribers.nextMsisdn();
        try (KafkaProbe probe = KafkaProbe.watch(Topics.deadLetter(Topics.APP_INSTALLATIONS))) {
            KafkaProbe.send(Topics.APP_INSTALLATIONS, "garbage", "{not json");
            KafkaProbe.send(Topics.APP_INSTALLATIONS, unknown, event(UUID.randomUUID(), unknown, "ANDROID", INSTALLED_AT));
            probe.awaitRecord(r -> "{not json".equals(r.value()), WAIT);
            ConsumerRecord<String, String> parked = probe.awaitRecord(r -> unknown.equals(r.key()), WAIT);
            assertThat(KafkaProbe.header(parked, "dead-letter-reason")).contains("not found");
        }
    }

    @Test
    void invalidReportsAreRefusedWithProblems() {
        SubscriberRecord s = Subscribers.smartphoneWithoutApp();
        Subscribers.save(s);
        as(Roles.INTEGRATION, "my-mobifone").contentType("application/json")
                .body("{\"msisdn\":\"" + s.msisdn() + "\",\"platform\":\"ANDROID\",\"installedAt\":\"2026-02-01T18:30:00Z\"}")
                .post("/app-installations").then().statusCode(400).body("violations.field", hasItem("reportId"));
        as(Roles.INTEGRATION, "my-mobifone").contentType("application/json")
                .body(report(UUID.randomUUID(), s.msisdn(), "ANDROID", Instant.now().plus(Duration.ofDays(1))))
                .post("/app-installations").then().statusCode(400).body("violations.field", hasItem("installedAt"));
        as(Roles.INTEGRATION, "my-mobifone").contentType("application/json")
                .body(report(UUID.randomUUID(), Subscribers.nextMsisdn(), "ANDROID", INSTALLED_AT))
                .post("/app-installations").then().statusCode(404);
        as(Roles.AGENT, "A001").contentType("application/json").body(report(UUID.randomUUID(), s.msisdn(), "ANDROID", INSTALLED_AT))
                .post("/app-installations").then().statusCode(403);
    }

    /** The REST body of the platform's report. */
    private static String report(UUID id, String msisdn, String platform, Instant installedAt) {
        return "{\"reportId\":\"" + id + "\",\"msisdn\":\"" + msisdn + "\",\"platform\":\"" + platform + "\",\"installedAt\":\"" + installedAt + "\"}";
    }

    /** The same report as the platform publishes it on its topic. */
    private String event(UUID id, String msisdn, String platform, Instant installedAt) throws Exception {
        return json.writeValueAsString(new AppInstallationReported(id, Instant.now(), AppInstallationReported.VERSION, msisdn, platform, installedAt));
    }
}
