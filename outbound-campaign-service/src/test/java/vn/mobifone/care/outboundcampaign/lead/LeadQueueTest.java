package vn.mobifone.care.outboundcampaign.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.outboundcampaign.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.Fixtures;
import vn.mobifone.care.outboundcampaign.OnCampaignDay;
import vn.mobifone.care.outboundcampaign.Fixtures.Subscriber;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class LeadQueueTest extends OnCampaignDay {

    private static String campaignOf(String province, int leads) {
        List<Subscriber> subscribers = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            subscribers.add(Fixtures.subscriber().in(province).arpu(200_000 + i));
        }
        Fixtures.project(subscribers.toArray(Subscriber[]::new));
        String campaign = Fixtures.campaign(Fixtures.inProvince(province));
        Fixtures.generate(campaign);
        return campaign;
    }

    @Test
    void fiftyAgentsAtOnceNeverGetTheSameLead() throws Exception {
        String campaign = campaignOf("Concurrency", 60);
        ExecutorService agents = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Long>> asks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String agent = "C" + i;
                asks.add(() -> Fixtures.next(campaign, agent));
            }
            List<Long> given = new ArrayList<>();
            for (Future<Long> f : agents.invokeAll(asks)) {
                given.add(f.get());
            }
            assertThat(given).doesNotContainNull().doesNotHaveDuplicates().hasSize(50);
        } finally {
            agents.shutdownNow();
        }
        assertThat(Fixtures.queryOne("SELECT count(DISTINCT leased_by) FROM lead WHERE campaign_id = ?::uuid AND state = 'LEASED'", campaign))
                .isEqualTo(50L);
        // The remaining ten go one each to the next agents, then the queue is empty.
        Set<Long> rest = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            rest.add(Fixtures.next(campaign, "R" + i));
        }
        assertThat(rest).doesNotContainNull().hasSize(10);
        assertThat(Fixtures.next(campaign, "R99")).isNull();
    }

    @Test
    void askingAgainAnswersTheSameLeadAndAnAbandonedLeaseReturnsTheLeadToTheQueue() {
        String campaign = campaignOf("Lease", 1);
        Long first = Fixtures.next(campaign, "L1");
        assertThat(Fixtures.next(campaign, "L1")).isEqualTo(first);
        assertThat(Fixtures.next(campaign, "L2")).isNull();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(Fixtures.next(campaign, "L2")).isEqualTo(first);
        as(Roles.AGENT, "L1").body(Map.of("outcome", "NO_ANSWER")).post("/campaigns/{id}/leads/{lead}/outcome", campaign, first).then()
                .statusCode(409).body("reason", equalTo("lead-not-leased"));
        as(Roles.AGENT, "L2").body(Map.of("outcome", "NO_ANSWER")).post("/campaigns/{id}/leads/{lead}/outcome", campaign, first).then()
                .statusCode(200);
    }

    @Test
    void aNumberPutOnTheDncListAfterQueueingIsNotDialled() {
        String campaign = campaignOf("Dnc", 2);
        String top = Fixtures.leads(campaign).stream().max((a, b) -> Long.compare(arpu(a), arpu(b))).orElseThrow();
        as(Roles.SUPERVISOR, "S001").contentType("text/csv").body(top + "\n").post("/dnc-list/entries").then().statusCode(200);

        Long given = Fixtures.next(campaign, "D1");
        assertThat(Fixtures.msisdnOf(given)).isNotEqualTo(top);
        assertThat(Fixtures.queryOne("SELECT state || ':' || skip_reason FROM lead WHERE campaign_id = ?::uuid AND msisdn = ?", campaign, top))
                .isEqualTo("SKIPPED:dnc");
        assertThat(Fixtures.next(campaign, "D2")).isNull();
    }

    @Test
    void noLeadOutsideTheCustomersCallingWindow() {
        String campaign = campaignOf("Window", 1);
        clock.setTo(Instant.parse("2026-10-29T00:59:00Z")); // 07:59 in Vietnam, the next day
        as(Roles.AGENT, "W1").post("/campaigns/{id}/leads/next", campaign).then().statusCode(422)
                .body("reason", equalTo("outside-calling-window"));
        clock.setTo(Instant.parse("2026-10-29T01:00:00Z")); // 08:00
        assertThat(Fixtures.next(campaign, "W1")).isNotNull();
        clock.setTo(Instant.parse("2026-10-29T13:00:00Z")); // 20:00
        as(Roles.AGENT, "W2").post("/campaigns/{id}/leads/next", campaign).then().statusCode(422);
        clock.setTo(Instant.parse("2027-01-01T02:00:00Z"));
        as(Roles.AGENT, "W2").post("/campaigns/{id}/leads/next", campaign).then().statusCode(422).body("reason", equalTo("campaign-not-running"));
    }

    @Test
    void busyIsRedialledAfterItsDelayAndTheLeadIsExhaustedAfterTheLastAttempt() {
        String campaign = campaignOf("Redial", 1);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Long lead = Fixtures.next(campaign, "B1");
            assertThat(lead).as("attempt %d", attempt).isNotNull();
            as(Roles.AGENT, "B1").body(Map.of("outcome", "BUSY")).post("/campaigns/{id}/leads/{lead}/outcome", campaign, lead).then()
                    .statusCode(200).body("attempts", equalTo(attempt)).body("leadState", equalTo(attempt < 3 ? "QUEUED" : "EXHAUSTED"));
            clock.advance(Duration.ofMinutes(29));
            assertThat(Fixtures.next(campaign, "B1")).as("not before the 30 minutes of a busy line").isNull();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(Fixtures.next(campaign, "B1")).isNull();
    }

    @Test
    void aCallbackIsInsideTheWindowAndComesBackToItsAgentAtTheAgreedTime() {
        String campaign = campaignOf("Callback", 2);
        Long lead = Fixtures.next(campaign, "K1");
        as(Roles.AGENT, "K1").body(Map.of("outcome", "CALLBACK", "callbackAt", "2026-10-28T14:00:00Z")) // 21:00 local
                .post("/campaigns/{id}/leads/{lead}/outcome", campaign, lead).then().statusCode(422).body("reason", equalTo("callback-outside-window"));
        as(Roles.AGENT, "K1").body(Map.of("outcome", "CALLBACK")).post("/campaigns/{id}/leads/{lead}/outcome", campaign, lead).then()
                .statusCode(400);
        as(Roles.AGENT, "K1").body(Map.of("outcome", "CALLBACK", "callbackAt", "2026-10-28T07:00:00Z")) // 14:00 local
                .post("/campaigns/{id}/leads/{lead}/outcome", campaign, lead).then().statusCode(200).body("leadState", equalTo("QUEUED"));

        Long other = Fixtures.next(campaign, "K2");
        assertThat(other).isNotEqualTo(lead);
        as(Roles.AGENT, "K2").body(Map.of("outcome", "NOT_INTERESTED", "reason", "uses another network"))
                .post("/campaigns/{id}/leads/{lead}/outcome", campaign, other).then().statusCode(200);
        clock.setTo(Instant.parse("2026-10-28T07:00:00Z"));
        assertThat(Fixtures.next(campaign, "K2")).as("the callback is K1's").isNull();
        assertThat(Fixtures.next(campaign, "K1")).isEqualTo(lead);
        as(Roles.AGENT, "K1").body(Map.of("outcome", "CALLBACK", "callbackAt", "2026-10-28T08:00:00Z", "callbackFor", "ANYONE"))
                .post("/campaigns/{id}/leads/{lead}/outcome", campaign, lead).then().statusCode(200);
        clock.setTo(Instant.parse("2026-10-28T08:00:00Z"));
        assertThat(Fixtures.next(campaign, "K2")).as("a callback for anyone").isEqualTo(lead);
    }

    private static long arpu(String msisdn) {
        return (Long) Fixtures.queryOne("SELECT arpu_vnd FROM subscriber WHERE msisdn = ?", msisdn);
    }
}
