package vn.mobifone.care.smsgateway.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.smsgateway.SmsFixtures.await;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.smsgateway.SmsFixtures;

@QuarkusTest
class SmsRequestedTopicTest {

    @Inject
    ObjectMapper json;

    @Test
    void aCommandOnTheTopicIsSentOnceEvenWhenRedelivered() throws Exception {
        String msisdn = newMsisdn();
        smsc();
        SmsRequested command = new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, "consultation-" + msisdn, msisdn,
                "my-mobifone-link", Map.of(), "SMS", null, "CARE", 7, null, 60);
        String value = json.writeValueAsString(command);
        KafkaProbe.send(Topics.SMS_REQUESTED, msisdn, value);
        KafkaProbe.send(Topics.SMS_REQUESTED, msisdn, value);
        SmsRequested again = new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, "consultation-" + msisdn, msisdn,
                "my-mobifone-link", Map.of(), "SMS", null, "CARE", 7, null);
        KafkaProbe.send(Topics.SMS_REQUESTED, msisdn, json.writeValueAsString(again));

        await("the command's message is delivered", () -> count(
                "SELECT count(*) FROM message WHERE msisdn = ? AND status = 'DELIVERED' AND priority = 7", msisdn) == 1, Duration.ofSeconds(20));
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).queryParam("msisdn", msisdn).get("/messages").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1))
                ;
        SmsFixtures.receivedOnce(msisdn);
    }

    /**
     * The published schema's {@code required} is what the gateway needs: a command carrying only
     * those fields is sent, and one lacking any of them (but the envelope's time and version) is
     * parked.
     */
    @Test
    void theFieldsThePublishedSchemaRequiresAreTheOnesTheGatewayNeeds() throws Exception {
        JsonNode schema = new ObjectMapper(new YAMLFactory()).readTree(Path.of(System.getProperty("care.repo.root", ".."))
                .resolve("contracts/src/main/resources/asyncapi/care-events.yaml").toFile()).path("components").path("schemas").path("SmsRequested");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        assertThat(required).contains("eventId", "idempotencyKey", "msisdn", "templateId", "channel", "category");
        smsc();
        String msisdn = newMsisdn();
        KafkaProbe.send(Topics.SMS_REQUESTED, msisdn, json.writeValueAsString(only(required, command(msisdn, "minimal-"))));
        await("the command with only its required fields is delivered", () -> count(
                "SELECT count(*) FROM message WHERE msisdn = ? AND status = 'DELIVERED'", msisdn) == 1, Duration.ofSeconds(20));

        List<String> needed = required.stream().filter(f -> !List.of("occurredAt", "version").contains(f)).toList();
        String lacking = newMsisdn();
        try (KafkaProbe dlt = KafkaProbe.watch(Topics.deadLetter(Topics.SMS_REQUESTED))) {
            for (String field : needed) {
                ObjectNode value = only(required, command(lacking, "lacking-" + field + "-"));
                value.remove(field);
                KafkaProbe.send(Topics.SMS_REQUESTED, lacking, json.writeValueAsString(value));
            }
            dlt.awaitRecords(r -> lacking.equals(r.key()), needed.size(), Duration.ofSeconds(20));
        }
        assertThat(count("SELECT count(*) FROM message WHERE msisdn = ?", lacking)).isZero();
    }

    private ObjectNode command(String msisdn, String keyPrefix) {
        return json.valueToTree(new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, keyPrefix + msisdn, msisdn,
                "my-mobifone-link", Map.of(), "SMS", "campaign-1", "CARE", 6, null, 60));
    }

    private static ObjectNode only(List<String> fields, ObjectNode value) {
        value.retain(fields);
        return value;
    }

    @Test
    void unreadableAndInvalidCommandsGoToTheDeadLetterTopic() throws Exception {
        String msisdn = newMsisdn();
        try (KafkaProbe dlt = KafkaProbe.watch(Topics.deadLetter(Topics.SMS_REQUESTED))) {
            KafkaProbe.send(Topics.SMS_REQUESTED, msisdn, "{not json");
            SmsRequested unknownTemplate = new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, "bad-" + msisdn, msisdn,
                    "no-such-template", Map.of(), "SMS", null, "CARE", null, null);
            KafkaProbe.send(Topics.SMS_REQUESTED, msisdn, json.writeValueAsString(unknownTemplate));
            dlt.awaitRecords(r -> msisdn.equals(r.key()), 2, Duration.ofSeconds(20));
        }
        assertThat(count("SELECT count(*) FROM message WHERE msisdn = ?", msisdn)).isZero();
    }
}
