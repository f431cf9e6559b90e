package vn.mobifone.care.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mobifone.care.contracts.events.AppInstallationReported;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.endtoend.PackagedSuite.Service;

/** The My MobiFone platform's report on {@code app-installations} becomes {@code app-installed} and the lookup's answer. */
@ExtendWith(PackagedSuite.Extension.class)
class E2EAppInstallationTest {

    /** 17:30 UTC is 00:30 the next day in Vietnam: the install date is the customer's. */
    private static final Instant INSTALLED_AT = Instant.parse("2026-03-01T17:30:00Z");

    @Test
    void anInstallationReportedOnThePlatformTopicIsAnnouncedAndShownToTheAgent(PackagedSuite suite) {
        String msisdn = Subscribers.smartphoneWithoutApp(suite);
        try (KafkaProbe installed = KafkaProbe.watch(Topics.APP_INSTALLED)) {
            // The platform writes the number as the customer typed it.
            Events.send(Topics.APP_INSTALLATIONS, new AppInstallationReported(UUID.randomUUID(), Instant.now(),
                    AppInstallationReported.VERSION, Subscribers.national(msisdn), "ANDROID", INSTALLED_AT));

            JsonNode event = Events.read(installed.awaitRecord(r -> msisdn.equals(r.key()), Events.WAIT));
            assertThat(event.path("msisdn").asText()).isEqualTo(msisdn);
            assertThat(event.path("platform").asText()).isEqualTo("ANDROID");
            assertThat(Instant.parse(event.path("installedAt").asText())).isEqualTo(INSTALLED_AT);
        }
        Api.as(suite, Service.LOOKUP, Api.AGENT, "A-E2E-INSTALL").queryParam("callId", "CALL-E2E-INSTALL-1")
                .get("/subscribers/{msisdn}", msisdn).then()
                .statusCode(200)
                .body("flags.appInstalled", equalTo(true))
                .body("flags.appInstalledOn", equalTo("2026-03-02"));
    }
}
