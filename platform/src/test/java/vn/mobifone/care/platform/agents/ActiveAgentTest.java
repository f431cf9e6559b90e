package vn.mobifone.care.platform.agents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.AgentStatusChanged;
import vn.mobifone.care.contracts.events.PersonalDataAccessed;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.kafka.KafkaSettings;
import vn.mobifone.care.platform.security.Roles;

/** Every service refuses a person who is not an active member of the agent directory. */
@QuarkusTest
class ActiveAgentTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Inject
    ObjectMapper json;
    @Inject
    KafkaSettings kafka;

    @Test
    void anActiveAgentIsServedAndRefusedWithinSecondsOfTheDeparture() throws Exception {
        String agent = "PA-" + UUID.randomUUID();
        String token = TestStack.bearer(Roles.AGENT, agent);
        given().header("Authorization", token).get("/probe/whoami").then().statusCode(200).body("id", equalTo(agent));

        publish(agent, "DEPARTED");

        await().atMost(BOUND).untilAsserted(() -> given().header("Authorization", token).get("/probe/whoami").then()
                .statusCode(403).contentType("application/problem+json")
                .body("reason", equalTo("agent-not-active"))
                .body("detail", equalTo("Account " + agent + " is DEPARTED in the agent directory and may no longer be used")));
    }

    @Test
    void aPersonTheDirectoryDoesNotKnowIsRefusedAndASystemIsNot() {
        given().header("Authorization", TestStack.bearerUnregistered(Roles.SUPERVISOR, "PS-" + UUID.randomUUID())).get("/probe/whoami")
                .then().statusCode(403).body("reason", equalTo("agent-not-active"));
        given().header("Authorization", TestStack.bearerUnregistered(Roles.INTEGRATION, "PI-" + UUID.randomUUID())).get("/probe/whoami")
                .then().statusCode(200).body("role", equalTo(Roles.INTEGRATION));
    }

    @Test
    void aSuspendedAgentComesBackWhenActiveAgain() throws Exception {
        String agent = "PB-" + UUID.randomUUID();
        String token = TestStack.bearerUnregistered(Roles.AGENT, agent);
        publish(agent, "SUSPENDED");
        given().header("Authorization", token).get("/probe/whoami").then().statusCode(403).body("reason", equalTo("agent-not-active"));
        publish(agent, "ACTIVE");
        await().atMost(BOUND).untilAsserted(() -> given().header("Authorization", token).get("/probe/whoami").then().statusCode(200));
    }

    @Test
    void aRefusedReadOfPersonalDataIsReportedToTheJournal() throws Exception {
        String agent = "PC-" + UUID.randomUUID();
        try (KafkaProbe accesses = KafkaProbe.watch(Topics.PERSONAL_DATA_ACCESSED)) {
            given().header("Authorization", TestStack.bearerUnregistered(Roles.AGENT, agent)).queryParam("callId", "CALL-9")
                    .get("/probe/subscribers/0901234567").then().statusCode(403).body("reason", equalTo("agent-not-active"));

            ConsumerRecord<String, String> record = accesses.awaitRecord(r -> r.value().contains(agent), BOUND);
            PersonalDataAccessed event = json.readValue(record.value(), PersonalDataAccessed.class);
            assertThat(record.key()).isEqualTo("84901234567");
            assertThat(event.outcome()).isEqualTo(PersonalDataAccessed.REFUSED);
            assertThat(event.view()).isEqualTo("PROFILE");
            assertThat(event.callId()).isEqualTo("CALL-9");
            assertThat(event.service()).isEqualTo("platform-probe");
            assertThat(event.role()).isEqualTo(Roles.AGENT);
        }
    }

    /** A service that starts again knows nobody until it has read the topic to its end: it fails closed, then refuses the departed. */
    @Test
    void aRestartedDirectoryFailsClosedUntilCaughtUpAndKeepsTheDeparture() throws Exception {
        String agent = "PD-" + UUID.randomUUID();
        publish(agent, "ACTIVE");
        publish(agent, "DEPARTED");
        AgentDirectory restarted = new AgentDirectory(kafka, json, Duration.ofMillis(300));
        try {
            assertThat(restarted.standing(agent).get(5, TimeUnit.SECONDS).status()).isEqualTo("UNKNOWN");
            restarted.start(null);
            assertThat(restarted.standing(agent).get(5, TimeUnit.SECONDS).status()).isEqualTo("DEPARTED");
            assertThat(restarted.caughtUp()).isTrue();
        } finally {
            restarted.stop(null);
        }
    }

    private void publish(String agent, String status) throws Exception {
        AgentStatusChanged event = new AgentStatusChanged(UUID.randomUUID(), Instant.now(), AgentStatusChanged.VERSION, agent, "P1", "AGENT",
                status, "DEPARTED".equals(status) ? LocalDate.of(2026, 11, 30) : null, "S001");
        KafkaProbe.send(Topics.AGENT_STATUS_CHANGED, agent, json.writeValueAsString(event));
    }
}
