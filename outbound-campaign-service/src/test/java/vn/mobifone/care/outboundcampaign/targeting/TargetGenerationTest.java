package vn.mobifone.care.outboundcampaign.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.outboundcampaign.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.Fixtures;
import vn.mobifone.care.outboundcampaign.OnCampaignDay;
import vn.mobifone.care.outboundcampaign.Fixtures.Subscriber;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class TargetGenerationTest extends OnCampaignDay {

    @Test
    void seed002RulesTakeArpuFrom150000AndVlr4Of7TwoWayActiveMinusExclusionsAndDnc() {
        Subscriber arpuAtThreshold = Fixtures.subscriber().arpu(150_000);
        Subscriber arpuBelow = Fixtures.subscriber().arpu(149_999);
        Subscriber vlr4 = Fixtures.subscriber().vlr(4);
        Subscriber vlr3 = Fixtures.subscriber().vlr(3);
        Subscriber oneWay = Fixtures.subscriber().with(s -> s.status = "ONE_WAY_BLOCKED");
        Subscriber calledInWave1 = Fixtures.subscriber();
        Subscriber longTerm = Fixtures.subscriber();
        Subscriber onDnc = Fixtures.subscriber();
        Subscriber onAnotherList = Fixtures.subscriber();
        Fixtures.project(arpuAtThreshold, arpuBelow, vlr4, vlr3, oneWay, calledInWave1, longTerm, onDnc, onAnotherList);
        upload("/exclusion-lists/khcc-wave-1/entries", "msisdn\n" + calledInWave1.msisdn + "\n");
        upload("/exclusion-lists/long-term-customers/entries", "0" + longTerm.msisdn.substring(2) + "\n");
        upload("/exclusion-lists/some-other-list/entries", onAnotherList.msisdn + "\n");
        upload("/dnc-list/entries", onDnc.msisdn + "\n");

        String campaign = Fixtures.campaign(null);
        as(Roles.SUPERVISOR, "S001").get("/campaigns/{id}", campaign).then().statusCode(200)
                .body("targeting.minArpuVnd", equalTo(150000)).body("targeting.minVlrDaysLast7", equalTo(4))
                .body("targeting.exclusionLists", equalTo(List.of("khcc-wave-1", "long-term-customers")));
        Map<String, Object> run = Fixtures.generate(campaign);

        assertThat(run.get("state")).isEqualTo("DONE");
        List<String> leads = Fixtures.leads(campaign);
        assertThat(leads).contains(arpuAtThreshold.msisdn, vlr4.msisdn, onAnotherList.msisdn)
                .doesNotContain(arpuBelow.msisdn, vlr3.msisdn, oneWay.msisdn, calledInWave1.msisdn, longTerm.msisdn, onDnc.msisdn);
    }

    @Test
    void progressCountsTheProjectionAndARerunAddsOnlyNewLeads() {
        List<Subscriber> band = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            band.add(Fixtures.subscriber().in("Progress").arpu(400_000 + i));
        }
        Fixtures.project(band.toArray(Subscriber[]::new));
        String campaign = Fixtures.campaign(Fixtures.inProvince("Progress"));

        Map<String, Object> first = Fixtures.generate(campaign);
        long projected = ((Number) Fixtures.queryOne("SELECT count(*) FROM subscriber")).longValue();
        assertThat(((Number) first.get("rowsTotal")).longValue()).isGreaterThanOrEqualTo(7).isLessThanOrEqualTo(projected);
        assertThat(first.get("rowsDone")).isEqualTo(first.get("rowsTotal"));
        assertThat(first.get("leadsAdded")).isEqualTo(7);

        Subscriber late = Fixtures.subscriber().in("Progress");
        Fixtures.project(late);
        Map<String, Object> second = Fixtures.generate(campaign);
        assertThat(second.get("leadsAdded")).isEqualTo(1);
        assertThat(Fixtures.leads(campaign)).hasSize(8).contains(late.msisdn);
    }

    @Test
    void leadsComeAtRiskFirstThenByArpuFromHighToLow() {
        Subscriber high = Fixtures.subscriber().in("Order").arpu(2_000_000);
        Subscriber middle = Fixtures.subscriber().in("Order").arpu(900_000);
        Subscriber lowButLeaving = Fixtures.subscriber().in("Order").arpu(200_000).churn(0.9);
        Subscriber lowPortingOut = Fixtures.subscriber().in("Order").arpu(180_000).with(s -> s.mnpOut = true);
        Subscriber low = Fixtures.subscriber().in("Order").arpu(160_000);
        Fixtures.project(high, middle, lowButLeaving, lowPortingOut, low);
        String campaign = Fixtures.campaign(Fixtures.inProvince("Order"));
        Fixtures.generate(campaign);

        List<String> dialled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // One agent each, so that each takes the next lead of the queue.
            dialled.add(Fixtures.msisdnOf(Fixtures.next(campaign, "ORDER-" + i)));
        }
        assertThat(dialled).containsExactly(lowButLeaving.msisdn, lowPortingOut.msisdn, high.msisdn, middle.msisdn, low.msisdn);
        assertThat(Fixtures.next(campaign, "ORDER-9")).isNull();
    }

    @Test
    void anUnknownCampaignIsNotFoundAndAgentsDoNotGenerate() {
        as(Roles.SUPERVISOR, "S001").post("/campaigns/{id}/target-generations", "00000000-0000-0000-0000-000000000000").then()
                .statusCode(404);
        as(Roles.AGENT, "A001").post("/campaigns/{id}/target-generations", Fixtures.campaign(null)).then().statusCode(403);
    }

    @Test
    void campaignsAreValidated() {
        as(Roles.SUPERVISOR, "S001").body(Map.of("type", "HIGH_ARPU_CARE", "name", "x", "startsOn", "2026-10-01", "endsOn", "2026-09-01",
                "windowStart", "08:00", "windowEnd", "20:00")).post("/campaigns").then().statusCode(400);
        as(Roles.SUPERVISOR, "S001").body(Map.of("type", "HIGH_ARPU_CARE", "name", "x", "startsOn", "2026-10-01", "endsOn", "2026-12-01",
                "windowStart", "8h", "windowEnd", "20:00")).post("/campaigns").then().statusCode(400);
        as(Roles.SUPERVISOR, "S001").body(Map.of("type", "SIM_4G_SWAP", "name", "x", "startsOn", "2026-10-01", "endsOn", "2026-12-01",
                "windowStart", "08:00", "windowEnd", "20:00")).post("/campaigns").then().statusCode(201).body("targeting.sim4g", equalTo(false));
    }

    private static void upload(String path, String csv) {
        as(Roles.SUPERVISOR, "S001").contentType("text/csv").body(csv).post(path).then().statusCode(200);
    }
}
