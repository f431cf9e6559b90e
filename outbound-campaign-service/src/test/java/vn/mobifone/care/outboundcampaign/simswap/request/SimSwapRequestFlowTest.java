package vn.mobifone.care.outboundcampaign.simswap.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.as;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.outcome;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.outboundcampaign.simswap.SimSwaps;
import vn.mobifone.care.outboundcampaign.simswap.SimSwaps.Province;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;

@QuarkusTest
class SimSwapRequestFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRequestFromThePageGoesToTheStoreOfTheWardAndIsAnnounced() throws Exception {
        Province p = SimSwaps.province();
        Map<String, Object> body = SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa());
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SIM_SWAP_REQUEST_ROUTED)) {
            String id = submit(body).statusCode(201)
                    .body("msisdn", equalTo("84901234567")).body("otherNetwork", equalTo(false))
                    .body("teamCode", equalTo(p.store())).body("route", equalTo("AREA_TEAM"))
                    .body("matchedAreaCode", equalTo(p.anHoa())).body("status", equalTo("OPEN"))
                    .body("address.districtCode", equalTo(p.ninhKieu())).body("receivedBy", equalTo("INTEGRATION01"))
                    .extract().path("id");

            ConsumerRecord<String, String> event = probe.awaitRecord(r -> r.value().contains(id), WAIT);
            assertThat(event.key()).isEqualTo("84901234567");
            JsonNode routed = JSON.readTree(event.value());
            assertThat(routed.get("teamCode").asText()).isEqualTo(p.store());
            assertThat(routed.get("teamKind").asText()).isEqualTo("STORE");
            assertThat(routed.get("route").asText()).isEqualTo("AREA_TEAM");
            assertThat(routed.get("requestType").asText()).isEqualTo("SIM_SWAP");
            assertThat(routed.get("wardCode").asText()).isEqualTo(p.anHoa());
            assertThat(KafkaProbe.header(event, "event-type")).isNotBlank();
        }
    }

    @Test
    void theSameSubmissionAgainGetsTheSameRequestAndNoSecondEvent() {
        Province p = SimSwaps.province();
        Map<String, Object> body = SimSwaps.simSwap(p, p.ninhKieu(), p.xuanKhanh());
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SIM_SWAP_REQUEST_ROUTED)) {
            String id = submit(body).statusCode(201).extract().path("id");
            submit(body).statusCode(200).body("id", equalTo(id));
            probe.awaitRecord(r -> r.value().contains(id), WAIT);
            assertThat(probe.drain(Duration.ofSeconds(2))).filteredOn(r -> r.value().contains(id)).hasSize(1);
        }
        assertThat(rows("SELECT count(*) FROM sim_swap_request WHERE idempotency_key = ?", body.get("idempotencyKey"))).isEqualTo(1);

        body.put("msisdn", "0909999888");
        submit(body).statusCode(409).contentType("application/problem+json").body("reason", equalTo("idempotency-key-reused"));
    }

    @Test
    void aSubmissionDeliveredSeveralTimesAtOnceIsTakenOnce() throws Exception {
        Province p = SimSwaps.province();
        Map<String, Object> body = SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> submit(body).statusCode(anyOf(equalTo(200), equalTo(201))).extract().<String>path("id")));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("SELECT count(*) FROM sim_swap_request WHERE idempotency_key = ?", body.get("idempotencyKey"))).isEqualTo(1);
    }

    @Test
    void aWardWithoutItsOwnTeamIsServedByTheDistrictsSalesTeam() {
        Province p = SimSwaps.province();
        submit(SimSwaps.simSwap(p, p.ninhKieu(), p.xuanKhanh())).statusCode(201)
                .body("teamCode", equalTo(p.salesTeam())).body("route", equalTo("AREA_TEAM"))
                .body("matchedAreaCode", equalTo(p.ninhKieu()));
        // The ward alone is enough: the district and province follow from the area tree.
        Map<String, Object> wardOnly = SimSwaps.simSwap(p, null, p.xuanKhanh());
        submit(wardOnly).statusCode(201).body("teamCode", equalTo(p.salesTeam())).body("address.districtCode", equalTo(p.ninhKieu()));
    }

    @Test
    void aDistrictWithoutAnyTeamGoesToTheProvincesRapidResponseTeam() {
        Province p = SimSwaps.province();
        submit(SimSwaps.simSwap(p, p.binhThuy(), p.binhThuyWard())).statusCode(201)
                .body("teamCode", equalTo(p.rapidResponse())).body("route", equalTo("RAPID_RESPONSE"))
                .body("matchedAreaCode", equalTo(p.code()));
    }

    @Test
    void anInactiveTeamTakesNoMoreRequests() {
        Province p = SimSwaps.province();
        SimSwaps.as(Roles.SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Cửa hàng MobiFone An Hòa", "kind", "STORE", "provinceCode", p.code(), "phone", "0292 3812 345",
                        "active", false, "coverage", List.of(p.anHoa())))
                .put("/sim-swap-teams/{code}", p.store()).then().statusCode(200).body("active", equalTo(false));
        submit(SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa())).statusCode(201).body("teamCode", equalTo(p.agent()));
    }

    @Test
    void aQuarantinedWardIsServedByTheRapidResponseTeamThroughTheLocalAuthority() throws Exception {
        Province p = SimSwaps.province();
        SimSwaps.quarantine(p.anHoa()).statusCode(200).body("quarantined", equalTo(true)).body("quarantinedSince", notNullValue());
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SIM_SWAP_REQUEST_ROUTED)) {
            String id = submit(SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa())).statusCode(201)
                    .body("teamCode", equalTo(p.rapidResponse())).body("route", equalTo("LOCAL_AUTHORITY"))
                    .body("authorityName", equalTo("UBND Phường An Hòa")).body("authorityPhone", equalTo("0292 3820 111"))
                    .extract().path("id");
            JsonNode routed = JSON.readTree(probe.awaitRecord(r -> r.value().contains(id), WAIT).value());
            assertThat(routed.get("route").asText()).isEqualTo("LOCAL_AUTHORITY");
            assertThat(routed.get("authorityPhone").asText()).isEqualTo("0292 3820 111");
        }
        // The neighbouring ward is not quarantined; once lifted, An Hòa is served by its store again.
        submit(SimSwaps.simSwap(p, p.ninhKieu(), p.xuanKhanh())).statusCode(201).body("route", equalTo("AREA_TEAM"));
        as(Roles.SUPERVISOR).delete("/sim-swap-areas/{code}/quarantine", p.anHoa()).then().statusCode(200)
                .body("quarantined", equalTo(false)).body("authorityName", nullValue());
        submit(SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa())).statusCode(201).body("teamCode", equalTo(p.store()));
    }

    @Test
    void anotherNetworksSubscriberMayAskForANewSubscriptionButNotASimSwap() {
        Province p = SimSwaps.province();
        submit(SimSwaps.request("NEW_SUBSCRIPTION", SimSwaps.VIETTEL, p.code(), p.ninhKieu(), p.anHoa())).statusCode(201)
                .body("otherNetwork", equalTo(true)).body("msisdn", equalTo("84981234567")).body("teamCode", equalTo(p.store()));

        Map<String, Object> swap = SimSwaps.request("SIM_SWAP", SimSwaps.VIETTEL, p.code(), p.ninhKieu(), p.anHoa());
        submit(swap).statusCode(422).contentType("application/problem+json").body("reason", equalTo("sim-swap-needs-mobifone-number"));
        assertThat(rows("SELECT count(*) FROM sim_swap_request WHERE idempotency_key = ?", swap.get("idempotencyKey"))).isZero();
    }

    @Test
    void anAddressThatDoesNotNestOrIsUnknownIsRefusedAndNothingIsWritten() {
        Province p = SimSwaps.province();
        Province other = SimSwaps.province();
        Map<String, Object> wrongDistrict = SimSwaps.simSwap(p, p.binhThuy(), p.anHoa());
        submit(wrongDistrict).statusCode(400).body("violations.field", hasItem("address.wardCode"));
        Map<String, Object> wrongProvince = SimSwaps.simSwap(other, p.ninhKieu(), p.anHoa());
        submit(wrongProvince).statusCode(400).body("violations.field", hasItem("address.districtCode"));
        Map<String, Object> unknown = SimSwaps.simSwap(p, p.ninhKieu(), "99");
        submit(unknown).statusCode(400).body("violations.field", hasItem("address.wardCode"));
        Map<String, Object> districtAsWard = SimSwaps.simSwap(p, null, p.ninhKieu());
        submit(districtAsWard).statusCode(400).body("violations.field", hasItem("address.wardCode"));
        for (Map<String, Object> refused : List.of(wrongDistrict, wrongProvince, unknown, districtAsWard)) {
            assertThat(rows("SELECT count(*) FROM sim_swap_request WHERE idempotency_key = ?", refused.get("idempotencyKey"))).isZero();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void badFieldsAreNamed() {
        Province p = SimSwaps.province();
        Map<String, Object> body = SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa());
        body.put("msisdn", "12345");
        body.put("channel", "FAX");
        submit(body).statusCode(400).contentType("application/problem+json");

        Map<String, Object> noStreet = SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa());
        ((Map<String, Object>) noStreet.get("address")).remove("street");
        submit(noStreet).statusCode(400).body("violations.field", hasItem("address.street"));
        // Advice is given on the phone: no street needed.
        noStreet.put("requestType", "PRODUCT_ADVICE");
        submit(noStreet).statusCode(201);

        as(Roles.OPS).contentType(ContentType.JSON).body(SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa()))
                .post("/sim-swap-requests").then().statusCode(403);
    }

    @Test
    void theTeamWorksItsQueueOldestFirstAndClosesEachWithItsOutcomeAndTime() {
        Province p = SimSwaps.province();
        Instant morning = Instant.parse("2026-04-21T01:00:00Z");
        clock.setTo(morning);
        String first = submit(SimSwaps.simSwap(p, p.ninhKieu(), p.xuanKhanh())).statusCode(201).extract().path("id");
        clock.advance(Duration.ofMinutes(10));
        String second = submit(SimSwaps.simSwap(p, p.ninhKieu(), p.xuanKhanh())).statusCode(201).extract().path("id");
        clock.advance(Duration.ofMinutes(10));
        String third = submit(SimSwaps.simSwap(p, p.ninhKieu(), p.xuanKhanh())).statusCode(201).extract().path("id");

        as(Roles.AGENT).queryParam("teamCode", p.salesTeam()).queryParam("status", "open").get("/sim-swap-requests").then()
                .statusCode(200).body("total", equalTo(3)).body("items.id", contains(first, second, third));

        clock.advance(Duration.ofHours(2));
        JsonPath served = outcome(first, "SERVED_AT_HOME", "SIM 4G giao tận nhà").statusCode(200)
                .body("status", equalTo("SERVED_AT_HOME")).body("outcomeBy", equalTo("AGENT01")).extract().jsonPath();
        // The moved clock keeps ticking from where it was set: a few seconds of slack.
        Instant outcomeAt = morning.plus(Duration.ofMinutes(140));
        assertThat(Instant.parse(served.getString("outcomeAt"))).isBetween(outcomeAt, outcomeAt.plusSeconds(10));
        assertThat(Instant.parse(served.getString("receivedAt"))).isBetween(morning, morning.plusSeconds(10));
        outcome(second, "SERVED_AT_STORE", null).statusCode(200);
        outcome(third, "OPEN", null).statusCode(400).body("violations.field", hasItem("outcome"));
        outcome(third, "REFUSED", null).statusCode(400).body("violations.field", hasItem("note"));
        outcome(third, "REFUSED", "đang dùng SIM 4G của mạng khác").statusCode(200).body("outcomeNote", equalTo("đang dùng SIM 4G của mạng khác"));
        outcome(first, "UNREACHABLE", null).statusCode(409).body("reason", equalTo("request-closed"));

        as(Roles.AGENT).queryParam("teamCode", p.salesTeam()).queryParam("status", "OPEN").get("/sim-swap-requests").then()
                .statusCode(200).body("total", equalTo(0));
        as(Roles.AGENT).queryParam("status", "served_somewhere").get("/sim-swap-requests").then().statusCode(400);
    }

    @Test
    void aTeamHandsARequestToAnotherTeamOfTheProvince() throws Exception {
        Province p = SimSwaps.province();
        Province other = SimSwaps.province();
        String id = submit(SimSwaps.simSwap(p, p.ninhKieu(), p.anHoa())).statusCode(201).extract().path("id");
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SIM_SWAP_REQUEST_ROUTED)) {
            transfer(id, p.agent(), "cửa hàng quá tải").statusCode(200)
                    .body("teamCode", equalTo(p.agent())).body("route", equalTo("TRANSFERRED"));
            // The request's first routing may still be on its way to the topic when the probe starts
            // watching: the transfer is the record of this request that names the agent's team.
            JsonNode routed = JSON.readTree(probe.awaitRecord(r -> r.value().contains(id) && r.value().contains("\"TRANSFERRED\""), WAIT)
                    .value());
            assertThat(routed.get("teamCode").asText()).isEqualTo(p.agent());
            assertThat(routed.get("teamKind").asText()).isEqualTo("AGENT");
        }
        transfer(id, p.agent(), "again").statusCode(409).body("reason", equalTo("already-with-team"));
        transfer(id, other.store(), "wrong province").statusCode(422).body("reason", equalTo("team-of-another-province"));
        transfer(id, "NO-SUCH-TEAM", "unknown").statusCode(400);
        outcome(id, "SERVED_AT_HOME", null).statusCode(200);
        transfer(id, p.store(), "too late").statusCode(409).body("reason", equalTo("request-closed"));
    }

    private static io.restassured.response.ValidatableResponse transfer(String id, String team, String reason) {
        return as(Roles.AGENT).contentType(ContentType.JSON).body(Map.of("teamCode", team, "reason", reason))
                .post("/sim-swap-requests/{id}/transfer", id).then();
    }

    private static long rows(String sql, Object parameter) {
        try (Connection db = TestStack.db(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
