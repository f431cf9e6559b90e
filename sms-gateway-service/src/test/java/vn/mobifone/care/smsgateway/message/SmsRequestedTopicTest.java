package vn.mobifone.care.smsgateway.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.smsgateway.SmsFixtures.await;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
