package vn.mobifone.care.subscriberlookup.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.mobifone.care.subscriberlookup.People.as;
import static vn.mobifone.care.subscriberlookup.People.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.AgentStatusChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.People;
import vn.mobifone.care.subscriberlookup.Subscribers;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;

@QuarkusTest
class AgentDirectoryTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Inject
    ObjectMapper json;
    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRegisteredAgentIsLetInAndADepartedOneRefusedWithinSeconds() throws Exception {
        SubscriberRecord subscriber = Subscribers.complete();
        Subscribers.save(subscriber);
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String agent;
        try (KafkaProbe statuses = KafkaProbe.watch(Topics.AGENT_STATUS_CHANGED)) {
            agent = People.agent(partner, supervisor);
            AgentStatusChanged registered = json.readValue(statuses.awaitRecord(r -> agent.equals(r.key()), BOUND).value(), AgentStatusChanged.class);
            assertThat(registered.status()).isEqualTo("ACTIVE");
            assertThat(registered.partnerId()).isEqualTo(partner);
            assertThat(registered.recordedBy()).isEqualTo(supervisor);

            as(Roles.AGENT, agent).queryParam("callId", "CALL-D1").get("/subscribers/" + subscriber.msisdn()).then().statusCode(200);

            People.depart(supervisor, agent, LocalDate.now(clock));
            ConsumerRecord<String, String> departed = statuses.awaitRecord(r -> agent.equals(r.key()) && r.value().contains("DEPARTED"), BOUND);
            assertThat(json.readValue(departed.value(), AgentStatusChanged.class).departedOn()).isEqualTo(LocalDate.now(clock));
        }
        await().atMost(BOUND).untilAsserted(() -> as(Roles.AGENT, agent).queryParam("callId", "CALL-D2")
                .get("/subscribers/" + subscriber.msisdn()).then()
                .statusCode(403).contentType("application/problem+json").body("reason", equalTo("agent-not-active")));

        as(Roles.SUPERVISOR, supervisor).get("/agents/" + agent).then().statusCode(200)
                .body("status", equalTo("DEPARTED")).body("removedAt", notNullValue()).body("recordedBy", equalTo(supervisor));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "ACTIVE")).put("/agents/" + agent + "/status").then()
                .statusCode(409).body("reason", equalTo("agent-departed"));
    }

    @Test
    void aSupervisorNeverSeesNorChangesAnotherPartnersAgents() {
        String mine = People.partner();
        String theirs = People.partner();
        String supervisor = People.supervisor(mine);
        String theirSupervisor = People.supervisor(theirs);
        String theirAgent = People.agent(theirs, theirSupervisor);

        as(Roles.SUPERVISOR, supervisor).get("/partners/" + theirs + "/agents").then()
                .statusCode(403).body("reason", equalTo("other-partner"));
        as(Roles.SUPERVISOR, supervisor).body(People.person(mine + "-X1", "AGENT")).post("/partners/" + theirs + "/agents").then()
                .statusCode(403).body("reason", equalTo("other-partner"));
        as(Roles.SUPERVISOR, supervisor).get("/agents/" + theirAgent).then().statusCode(404);
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "SUSPENDED")).put("/agents/" + theirAgent + "/status").then().statusCode(404);
        as(Roles.SUPERVISOR, supervisor).get("/partners").then().statusCode(200).body("id", containsInAnyOrder(mine));
        as(Roles.SUPERVISOR, supervisor).get("/access-reports/accesses?partner=" + theirs).then()
                .statusCode(403).body("reason", equalTo("other-partner"));

        asAdmin().get("/agents/" + theirAgent).then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(Roles.SUPERVISOR, theirSupervisor).get("/partners/" + theirs + "/agents").then().statusCode(200)
                .body("items.id", hasItem(theirAgent));
    }

    @Test
    void aSupervisorManagesAgentsOnlyAndSupervisorsAreTheAdminsToManage() {
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String other = People.supervisor(partner);
        as(Roles.SUPERVISOR, supervisor).body(People.person(partner + "-S99", "SUPERVISOR")).post("/partners/" + partner + "/agents").then()
                .statusCode(403).body("reason", equalTo("supervisor-managed-by-admin"));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "SUSPENDED")).put("/agents/" + other + "/status").then()
                .statusCode(403).body("reason", equalTo("supervisor-managed-by-admin"));
        as(Roles.AGENT, People.agent(partner, supervisor)).get("/partners/" + partner + "/agents").then().statusCode(403)
                .body("reason", equalTo("forbidden"));
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        asAdmin().body(Map.of("id", "bad id", "name", "X")).post("/partners").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("id"));
        String partner = People.partner();
        asAdmin().body(Map.of("id", partner, "name", "again")).post("/partners").then().statusCode(409).body("reason", equalTo("partner-exists"));
        String supervisor = People.supervisor(partner);
        String agent = People.agent(partner, supervisor);
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "GONE")).put("/agents/" + agent + "/status").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "DEPARTED")).put("/agents/" + agent + "/status").then()
                .statusCode(400).body("violations[0].field", equalTo("departureDate"));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "DEPARTED", "departureDate", "2024-12-31")).put("/agents/" + agent + "/status")
                .then().statusCode(400).body("violations[0].field", equalTo("departureDate"));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "DEPARTED", "departureDate", LocalDate.now(clock).plusDays(1).toString()))
                .put("/agents/" + agent + "/status").then().statusCode(422).body("reason", equalTo("departure-in-future"));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "SUSPENDED", "departureDate", "2025-12-31")).put("/agents/" + agent + "/status")
                .then().statusCode(400).body("violations[0].field", equalTo("departureDate"));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("id", agent, "name", "dup", "role", "AGENT", "callCentre", "x", "line", "1090",
                "startDate", "2025-01-01")).post("/partners/" + partner + "/agents").then().statusCode(409).body("reason", equalTo("agent-exists"));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("id", partner + "-L", "name", "n", "role", "AGENT", "callCentre", "x", "line", "hotline",
                "startDate", "2025-01-01")).post("/partners/" + partner + "/agents").then().statusCode(400).body("violations[0].field", equalTo("line"));
        asAdmin().get("/partners/NOPE/agents").then().statusCode(404);
    }

    @Test
    void aSuspendedAgentIsRefusedAndLetInAgainOnceActive() {
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String agent = People.agent(partner, supervisor);
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "SUSPENDED")).put("/agents/" + agent + "/status").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        await().atMost(BOUND).untilAsserted(() -> as(Roles.AGENT, agent).get("/occupations").then().statusCode(403)
                .body("detail", equalTo("Account " + agent + " is SUSPENDED in the agent directory and may no longer be used")));
        as(Roles.SUPERVISOR, supervisor).body(Map.of("status", "ACTIVE")).put("/agents/" + agent + "/status").then().statusCode(200);
        await().atMost(BOUND).untilAsserted(() -> as(Roles.AGENT, agent).get("/occupations").then().statusCode(200));
    }

    @Test
    void aRosterIsImportedWithAPerLineErrorReport() {
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String existing = People.agent(partner, supervisor);
        String csv = String.join("\n",
                "id,name,role,callCentre,line,startDate",
                partner + "-R1,\"Lê Thị Hoa, ca sáng\",AGENT,Đài 1090 Đà Nẵng,1090,2024-05-02",
                partner + "-R2,Phạm Văn Nam,agent,Đài 9090,9090,2025-02-30",
                partner + "-R3,Võ Minh,MANAGER,Đài 9090,9090,2025-02-03",
                existing + ",Đã có,AGENT,Đài 1090,1090,2025-01-01",
                partner + "-R1,Trùng,AGENT,Đài 1090,1090,2025-01-01",
                "too,few,fields",
                "",
                partner + "-R4,Đỗ An,agent,Đài 18001090,18001090,2025-03-01") + "\n";
        as(Roles.SUPERVISOR, supervisor).contentType("text/csv; charset=UTF-8").body(csv).post("/partners/" + partner + "/agent-imports").then()
                .statusCode(200)
                .body("linesRead", equalTo(7)).body("registered", equalTo(2)).body("rejected", equalTo(5))
                .body("errors.line", org.hamcrest.Matchers.contains(3, 4, 5, 6, 7))
                .body("errors[0].reason", equalTo("startDate: must be a date as yyyy-MM-dd"))
                .body("errors[1].reason", equalTo("role: must be AGENT or SUPERVISOR"))
                .body("errors[2].reason", equalTo("id: " + existing + " is already in the directory"))
                .body("errors[3].reason", equalTo("id: " + partner + "-R1 appears earlier in this roster"))
                .body("errors[4].reason", equalTo("expected 6 fields (id,name,role,callCentre,line,startDate), found 3"));
        as(Roles.SUPERVISOR, supervisor).get("/agents/" + partner + "-R1").then().statusCode(200)
                .body("name", equalTo("Lê Thị Hoa, ca sáng")).body("status", equalTo("ACTIVE"));
        as(Roles.SUPERVISOR, supervisor).contentType("text/csv").body("who,what\n").post("/partners/" + partner + "/agent-imports").then()
                .statusCode(400).body("violations[0].field", equalTo("body"));
    }
}
