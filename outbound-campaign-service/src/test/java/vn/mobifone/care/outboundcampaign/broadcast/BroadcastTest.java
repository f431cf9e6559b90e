package vn.mobifone.care.outboundcampaign.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.outboundcampaign.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.outboundcampaign.Fixtures;
import vn.mobifone.care.outboundcampaign.OnCampaignDay;
import vn.mobifone.care.outboundcampaign.Fixtures.Subscriber;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class BroadcastTest extends OnCampaignDay {

    private static Map<String, Object> run(String campaign, Map<String, Object> request) {
        String id = as(Roles.SUPERVISOR, "S001").body(request).post("/campaigns/{id}/broadcasts", campaign).then().statusCode(202)
                .extract().path("id");
        await().atMost(Fixtures.WAIT).until(() -> "DONE".equals(as(Roles.SUPERVISOR, "S001")
                .get("/campaigns/{id}/broadcasts/{b}", campaign, id).then().extract().path("state")));
        return as(Roles.SUPERVISOR, "S001").get("/campaigns/{id}/broadcasts/{b}", campaign, id).then().extract().jsonPath().getMap("");
    }

    @Test
    void everyLeadGetsTheMessageOnceInTheAdvertisingWindowAndAReRunSendsOnlyToNewLeads() {
        Subscriber a = Fixtures.subscriber().in("Broadcast");
        Subscriber b = Fixtures.subscriber().in("Broadcast");
        Fixtures.project(a, b);
        String campaign = Fixtures.campaign(Fixtures.inProvince("Broadcast"));
        Fixtures.generate(campaign);
        Map<String, Object> request = Map.of("templateId", "kndl-invitation", "channel", "SMS", "sendOn", "2026-10-30");

        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_REQUESTED)) {
            Map<String, Object> first = run(campaign, request);
            assertThat(first.get("recipients")).isEqualTo(2);
            assertThat(first.get("requested")).isEqualTo(2);
            List<ConsumerRecord<String, String>> sent = probe.awaitRecords(
                    r -> r.key().equals(a.msisdn) || r.key().equals(b.msisdn), 2, Fixtures.WAIT);
            for (ConsumerRecord<String, String> r : sent) {
                JsonNode m = Fixtures.json(r.value());
                assertThat(m.get("idempotencyKey").asText()).isEqualTo("broadcast:" + first.get("id") + ":" + r.key());
                assertThat(m.get("category").asText()).isEqualTo("ADVERTISING");
                assertThat(m.get("campaignId").asText()).isEqualTo(campaign);
                assertThat(m.get("scheduledAt").asText()).isEqualTo("2026-10-30T01:00:00Z");
                assertThat(m.get("validityMinutes").asInt()).isEqualTo(12 * 60);
                assertThat(m.get("parameters").get("points").asText()).isEqualTo("1500");
            }

            Subscriber late = Fixtures.subscriber().in("Broadcast");
            Fixtures.project(late);
            Fixtures.generate(campaign);
            Map<String, Object> again = run(campaign, request);
            assertThat(again.get("id")).isEqualTo(first.get("id"));
            assertThat(again.get("requested")).isEqualTo(3);
            probe.awaitRecord(r -> r.key().equals(late.msisdn), Fixtures.WAIT);
            assertThat(probe.drain(Duration.ofSeconds(2))).extracting(ConsumerRecord::key)
                    .filteredOn(key -> List.of(a.msisdn, b.msisdn, late.msisdn).contains(key))
                    .as("one message per recipient over both runs").containsExactlyInAnyOrder(a.msisdn, b.msisdn, late.msisdn);
        }
    }

    @Test
    void aBroadcastOutsideTheCampaignOrAfterItsWindowIsRefused() {
        String campaign = Fixtures.campaign(Fixtures.inProvince("Nowhere"));
        as(Roles.SUPERVISOR, "S001").body(Map.of("templateId", "kndl-invitation", "channel", "SMS", "sendOn", "2027-01-05"))
                .post("/campaigns/{id}/broadcasts", campaign).then().statusCode(422).body("reason", equalTo("outside-campaign"));
        as(Roles.SUPERVISOR, "S001").body(Map.of("templateId", "kndl-invitation", "channel", "SMS", "sendOn", "2026-10-27"))
                .post("/campaigns/{id}/broadcasts", campaign).then().statusCode(422).body("reason", equalTo("advertising-window-passed"));
        as(Roles.SUPERVISOR, "S001").body(Map.of("templateId", "kndl-invitation", "channel", "FAX", "sendOn", "2026-10-30"))
                .post("/campaigns/{id}/broadcasts", campaign).then().statusCode(400);
    }
}
