package vn.mobifone.care.outboundcampaign.simswap.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class SimSwapInvitationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachMobiFoneNumberIsSentTheInvitationTemplateOnceUnderOneKeyPerCampaign() throws Exception {
        String campaign = "SIM4G-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> batch = Map.of("campaignId", campaign,
                "msisdns", List.of("0901 111 222", "84931111222", "0981111222", "+84901111222"));
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_REQUESTED)) {
            invite(batch).statusCode(202).body("requested", equalTo(2)).body("templateId", equalTo("sim-4g-invitation"))
                    .body("skipped", contains("84981111222"));
            List<ConsumerRecord<String, String>> first = probe.awaitRecords(r -> r.value().contains(campaign), 2, Duration.ofSeconds(15));
            assertThat(first).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("84901111222", "84931111222");
            JsonNode command = JSON.readTree(first.get(0).value());
            assertThat(command.get("templateId").asText()).isEqualTo("sim-4g-invitation");
            assertThat(command.get("category").asText()).isEqualTo("ADVERTISING");
            assertThat(command.get("channel").asText()).isEqualTo("SMS");
            assertThat(command.get("campaignId").asText()).isEqualTo(campaign);
            assertThat(command.get("idempotencyKey").asText()).isEqualTo("sim-4g-invitation:" + campaign + ":" + first.get(0).key());

            // The batch sent again asks under the same keys, which the gateway answers with the messages it already has.
            invite(batch).statusCode(202).body("requested", equalTo(2));
            List<ConsumerRecord<String, String>> all = probe.awaitRecords(r -> r.value().contains(campaign), 4, Duration.ofSeconds(15));
            assertThat(all.stream().map(r -> key(r.value())).distinct()).hasSize(2);
        }
    }

    @Test
    void aBatchIsBoundedAndValidated() {
        invite(Map.of("campaignId", "SIM4G", "msisdns", List.of())).statusCode(400);
        invite(Map.of("campaignId", "SIM4G", "msisdns", Collections.nCopies(1001, "0901111222"))).statusCode(400);
        invite(Map.of("campaignId", "SIM 4G!", "msisdns", List.of("0901111222"))).statusCode(400);
        invite(Map.of("campaignId", "SIM4G", "msisdns", List.of("12345"))).statusCode(400);
        as(Roles.AGENT).contentType(ContentType.JSON).body(Map.of("campaignId", "SIM4G", "msisdns", List.of("0901111222")))
                .post("/sim-swap-invitations").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse invite(Map<String, Object> body) {
        return as(Roles.SUPERVISOR).contentType(ContentType.JSON).body(body).post("/sim-swap-invitations").then();
    }

    private static String key(String value) {
        try {
            return JSON.readTree(value).get("idempotencyKey").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
