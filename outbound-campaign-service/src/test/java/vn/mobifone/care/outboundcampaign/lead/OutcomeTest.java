package vn.mobifone.care.outboundcampaign.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.mobifone.care.outboundcampaign.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.HashMap;
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
class OutcomeTest extends OnCampaignDay {

    /** A campaign whose only lead is this subscriber, dialled by the agent: answers campaign id and lead id. */
    private static String[] dialled(Subscriber s, String agent) {
        String province = "P-" + s.msisdn;
        s.in(province);
        Fixtures.project(s);
        String campaign = Fixtures.campaign(Fixtures.inProvince(province));
        Fixtures.generate(campaign);
        return new String[] {campaign, String.valueOf(Fixtures.next(campaign, agent))};
    }

    private static Map<String, Object> content(String status, String reason) {
        Map<String, Object> c = new HashMap<>();
        c.put("status", status);
        c.put("reason", reason);
        return c;
    }

    private static Map<String, Object> script(Map<String, Object> b2, Map<String, Object> b3, Map<String, Object> b4, Map<String, Object> b5) {
        Map<String, Object> s = new HashMap<>(Map.of("greeted", true, "closed", true, "b2", b2, "b3", b3, "b4", b4, "b5", b5));
        return s;
    }

    private static io.restassured.response.ValidatableResponse agreed(String[] call, String agent, Map<String, Object> script) {
        return as(Roles.AGENT, agent).body(Map.of("outcome", "AGREED", "script", script))
                .post("/campaigns/{id}/leads/{lead}/outcome", call[0], call[1]).then();
    }

    @Test
    void anAgreedCallNeedsTwoOfB2ToB5InPriorityOrderAndARefusalWritesNothing() {
        Subscriber member2022 = Fixtures.subscriber().with(s -> s.joined2022 = true);
        String[] call = dialled(member2022, "S2");
        Map<String, Object> b2NotApplicable = content("NOT_APPLICABLE", "joined the 2022 points programme");

        agreed(call, "S2", script(content("OFFERED", null), content("OFFERED", null), content("NOT_OFFERED", null), content("NOT_OFFERED", null)))
                .statusCode(422).body("reason", equalTo("b2-not-for-2022-members"));
        agreed(call, "S2", script(b2NotApplicable, content("NOT_OFFERED", null), content("OFFERED", null), content("OFFERED", null)))
                .statusCode(422).body("reason", equalTo("script-incomplete")).body("detail", containsString("B3"))
                .body("detail", not(containsString("B4 (")));
        agreed(call, "S2", script(b2NotApplicable, content("ACCEPTED", null), content("OFFERED", null), content("NOT_OFFERED", null)))
                .statusCode(400).body("violations.field", hasItem("script.packageOffer"));
        agreed(call, "S2", script(b2NotApplicable, content("REFUSED", null), content("OFFERED", null), content("NOT_OFFERED", null)))
                .statusCode(400).body("violations.field", hasItem("script.b3.reason"));
        assertThat(Fixtures.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = ?", Long.parseLong(call[1]))).isEqualTo(0L);
        assertThat(Fixtures.queryOne("SELECT state FROM lead WHERE id = ?", Long.parseLong(call[1]))).isEqualTo("LEASED");

        agreed(call, "S2", script(b2NotApplicable, content("REFUSED", "prefers to pay per use"), content("OFFERED", null),
                content("NOT_OFFERED", null))).statusCode(200).body("leadState", equalTo("DONE"));
    }

    @Test
    void aPhysicalGiftGoesHomeFrom500000VndAndToTheDistrictStoreBelow() {
        as(Roles.SUPERVISOR, "S001").body(Map.of("address", "01 Hòa Bình, Ninh Kiều, Cần Thơ")).put("/stores/{d}", "Ninh Kiều").then()
                .statusCode(204);
        String[] home = dialled(Fixtures.subscriber().arpu(500_000), "G1");
        String[] store = dialled(Fixtures.subscriber().arpu(499_999), "G2");
        Map<String, Object> gift = Map.of("kind", "PHYSICAL", "name", "Bình giữ nhiệt", "deliveryAddress", "12 Trần Hưng Đạo", "district", "Ninh Kiều");
        Map<String, Object> giftScript = script(content("ACCEPTED", null), content("REFUSED", "no need"), content("NOT_OFFERED", null),
                content("NOT_OFFERED", null));
        giftScript.put("gift", gift);

        agreed(home, "G1", giftScript).statusCode(200).body("tasks.kind", hasItem("HOME_DELIVERY"))
                .body("tasks.find { it.kind == 'HOME_DELIVERY' }.dueOn", equalTo("2026-11-27"))
                .body("messages.templateId", not(hasItem("store-address")));
        agreed(store, "G2", giftScript).statusCode(200).body("tasks.find { it.kind == 'STORE_PICKUP' }.dueOn", equalTo("2026-10-30"))
                .body("messages.templateId", hasItem("store-address"));

        clock.setTo(Instant.parse("2026-10-31T02:00:00Z"));
        String task = as(Roles.SUPERVISOR, "S001").queryParam("campaignId", store[0]).queryParam("overdue", true).get("/fulfilment-tasks").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].kind", equalTo("STORE_PICKUP"))
                .body("items[0].details.storeAddress", equalTo("01 Hòa Bình, Ninh Kiều, Cần Thơ")).extract().path("items[0].id");
        as(Roles.SUPERVISOR, "S001").queryParam("campaignId", home[0]).queryParam("overdue", true).get("/fulfilment-tasks").then()
                .body("total", equalTo(0));
        as(Roles.AGENT, "G2").post("/fulfilment-tasks/{id}/done", task).then().statusCode(200).body("state", equalTo("DONE"));
        as(Roles.AGENT, "G2").post("/fulfilment-tasks/{id}/done", task).then().statusCode(409);
    }

    @Test
    void theInsuranceEPolicyIsDueInTwoWorkingDays() {
        clock.setTo(Instant.parse("2026-10-30T02:00:00Z")); // a Friday
        String[] call = dialled(Fixtures.subscriber(), "I1");
        Map<String, Object> s = script(content("ACCEPTED", null), content("OFFERED", null), content("NOT_OFFERED", null), content("NOT_OFFERED", null));
        s.put("gift", Map.of("kind", "INSURANCE", "name", "Bảo hiểm xe máy PVI"));
        agreed(call, "I1", s).statusCode(400).body("violations.field", hasItem("script.gift.vehicleRegistration"));
        s.put("gift", Map.of("kind", "INSURANCE", "name", "Bảo hiểm xe máy PVI", "vehicleRegistration", "65B1-123.45, Honda Vision"));
        agreed(call, "I1", s).statusCode(200).body("tasks.find { it.kind == 'E_POLICY' }.dueOn", equalTo("2026-11-03"));
    }

    @Test
    void followUpsAreCareMessagesOfTheCampaignAndTheOutcomeIsPublished() {
        Subscriber s = Fixtures.subscriber().with(x -> {
            x.kndlTier = null;
            x.mainBalanceVnd = 10_000;
            x.mvas = List.of("FUNRING");
        });
        String[] call = dialled(s, "F1");
        Map<String, Object> sc = script(content("OFFERED", null), content("ACCEPTED", null), content("ACCEPTED", null), content("ACCEPTED", null));
        sc.put("packageOffer", Map.of("name", "C90N", "priceVnd", 90_000, "benefit", "4GB/ngay", "gift", "1 the cao 20.000d"));
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_REQUESTED, Topics.CAMPAIGN_OUTCOME_RECORDED)) {
            agreed(call, "F1", sc).statusCode(200)
                    .body("tasks.kind", hasItem("TOP_UP_FOLLOW_UP")).body("tasks.kind", hasItem("MVAS_CANCELLATION"))
                    .body("greetAs", equalTo(Fixtures.OWNER));

            List<ConsumerRecord<String, String>> messages = probe.awaitRecords(
                    r -> r.topic().equals(Topics.SMS_REQUESTED) && r.key().equals(s.msisdn), 4, Fixtures.WAIT);
            assertThat(messages).extracting(r -> Fixtures.json(r.value()).get("templateId").asText())
                    .containsExactlyInAnyOrder("kndl-invitation", "package-offer", "identity-update-zalo", "app-my-mobifone");
            JsonNode offer = messages.stream().map(r -> Fixtures.json(r.value()))
                    .filter(m -> m.get("templateId").asText().equals("package-offer")).findFirst().orElseThrow();
            assertThat(offer.get("parameters").get("benefit").asText()).isEqualTo("4GB/ngay");
            assertThat(offer.get("parameters").get("gift").asText()).isEqualTo("1 the cao 20.000d");
            assertThat(offer.get("parameters").get("packageName").asText()).isEqualTo("C90N");
            for (ConsumerRecord<String, String> r : messages) {
                JsonNode m = Fixtures.json(r.value());
                assertThat(m.get("category").asText()).isEqualTo("CARE");
                assertThat(m.get("campaignId").asText()).isEqualTo(call[0]);
                assertThat(m.get("idempotencyKey").asText()).startsWith("campaign-call:");
            }
            JsonNode outcome = Fixtures.json(probe.awaitRecord(
                    r -> r.topic().equals(Topics.CAMPAIGN_OUTCOME_RECORDED) && r.key().equals(s.msisdn), Fixtures.WAIT).value());
            assertThat(outcome.get("outcome").asText()).isEqualTo("AGREED");
            assertThat(outcome.get("agentId").asText()).isEqualTo("F1");
            assertThat(outcome.get("campaignId").asText()).isEqualTo(call[0]);
        }
    }

    @Test
    void doNotCallListsTheNumberAtOnceAndNotInterestedNeedsAReason() {
        Subscriber s = Fixtures.subscriber();
        String[] call = dialled(s, "N1");
        as(Roles.AGENT, "N1").body(Map.of("outcome", "NOT_INTERESTED")).post("/campaigns/{id}/leads/{lead}/outcome", call[0], call[1]).then()
                .statusCode(400).body("violations[0].field", equalTo("reason"));
        as(Roles.AGENT, "N1").body(Map.of("outcome", "DO_NOT_CALL", "nameGiven", "Lê Thị Hoa"))
                .post("/campaigns/{id}/leads/{lead}/outcome", call[0], call[1]).then()
                .statusCode(200).body("leadState", equalTo("DONE")).body("greetAs", equalTo("Lê Thị Hoa"));
        as(Roles.AGENT, "N1").get("/dnc-list/{msisdn}", s.msisdn).then().statusCode(200);
    }
}
