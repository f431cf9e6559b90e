package vn.mobifone.care.subscriberlookup.removal;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.mobifone.care.subscriberlookup.People.as;
import static vn.mobifone.care.subscriberlookup.People.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.People;
import vn.mobifone.care.subscriberlookup.Subscribers;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;

@QuarkusTest
class RemovalRequestTest {

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(String localDateTime) {
        clock.setTo(LocalDateTime.parse(localDateTime).atZone(CareClock.ZONE).toInstant());
    }

    @Test
    void theRequestListsTheMonthsDeparturesFromTheFirstToTheLastDayAndIsDueBeforeThe5th() {
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String beforeMonth = People.agent(partner, supervisor);
        String first = People.agent(partner, supervisor);
        String last = People.agent(partner, supervisor);
        String afterMonth = People.agent(partner, supervisor);
        at("2026-12-01T09:00:00");
        People.depart(supervisor, beforeMonth, LocalDate.of(2026, 10, 31));
        People.depart(supervisor, first, LocalDate.of(2026, 11, 1));
        People.depart(supervisor, last, LocalDate.of(2026, 11, 30));
        People.depart(supervisor, afterMonth, LocalDate.of(2026, 12, 1));

        at("2026-12-04T23:59:59");
        as(Roles.SUPERVISOR, supervisor).get("/partners/" + partner + "/removal-requests/2026-11").then().statusCode(200)
                .body("departures.agentId", contains(first, last))
                .body("departures.departedOn", contains("2026-11-01", "2026-11-30"))
                .body("dueBy", equalTo("2026-12-04T17:00:00Z"))
                .body("status", equalTo("OPEN")).body("overdue", equalTo(false));
        asAdmin().get("/removal-requests/overdue").then().statusCode(200)
                .body("findAll { it.partnerId == '" + partner + "' }.month", contains("2026-10"));
        String csv = as(Roles.SUPERVISOR, supervisor).accept("text/csv").get("/partners/" + partner + "/removal-requests/2026-11.csv").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv.split("\n")).hasSize(3)
                .startsWith("partnerId,month,agentId,name,role,callCentre,line,startDate,departedOn,removedAt");
        org.assertj.core.api.Assertions.assertThat(csv).contains(first + ",Nguyễn Văn " + first + ",AGENT,Đài 1090 Hà Nội,1090,2025-01-06,2026-11-01,");

        at("2026-12-05T00:00:00");
        as(Roles.SUPERVISOR, supervisor).get("/partners/" + partner + "/removal-requests/2026-11").then().body("overdue", equalTo(true));
        asAdmin().get("/removal-requests/overdue").then().statusCode(200)
                .body("find { it.partnerId == '" + partner + "' && it.month == '2026-11' }.departures", equalTo(2))
                .body("find { it.partnerId == '" + partner + "' && it.month == '2026-10' }.departures", equalTo(1));

        as(Roles.SUPERVISOR, supervisor).post("/partners/" + partner + "/removal-requests/2026-11/sent").then().statusCode(200)
                .body("status", equalTo("SENT")).body("sentOnTime", equalTo(false)).body("sentBy", equalTo(supervisor)).body("overdue", equalTo(false));
        as(Roles.SUPERVISOR, supervisor).post("/partners/" + partner + "/removal-requests/2026-11/sent").then()
                .statusCode(409).body("reason", equalTo("already-sent"));
        asAdmin().get("/removal-requests/overdue").then().body("findAll { it.partnerId == '" + partner + "' }.month", contains("2026-10"));
        as(Roles.SUPERVISOR, supervisor).post("/partners/" + partner + "/removal-requests/2026-11/acknowledgement").then().statusCode(403);
        asAdmin().post("/partners/" + partner + "/removal-requests/2026-11/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("ADM-SEC"));
    }

    @Test
    void aRequestIsSentOnlyOnceItsMonthIsOverAndOnlyWithDepartures() {
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String agent = People.agent(partner, supervisor);
        at("2026-12-03T10:00:00");
        People.depart(supervisor, agent, LocalDate.of(2026, 12, 2));
        as(Roles.SUPERVISOR, supervisor).post("/partners/" + partner + "/removal-requests/2026-12/sent").then()
                .statusCode(422).body("reason", equalTo("month-not-over"));
        as(Roles.SUPERVISOR, supervisor).post("/partners/" + partner + "/removal-requests/2026-11/sent").then()
                .statusCode(422).body("reason", equalTo("no-departures"));
        at("2027-01-04T16:00:00");
        as(Roles.SUPERVISOR, supervisor).post("/partners/" + partner + "/removal-requests/2026-12/sent").then().statusCode(200)
                .body("sentOnTime", equalTo(true));
        as(Roles.SUPERVISOR, supervisor).get("/partners/" + partner + "/removal-requests/2026-13").then()
                .statusCode(400).body("violations[0].field", equalTo("month"));
        as(Roles.SUPERVISOR, supervisor).get("/partners/" + partner + "/removal-requests/nov").then()
                .statusCode(400).body("violations[0].field", equalTo("month"));
    }

    @Test
    void theLiabilityWindowHoldsTheReadsFromTheDayTheAgentLeftUntilTheRemovalAndTheRefusedAttempts() {
        SubscriberRecord subscriber = Subscribers.complete();
        Subscribers.save(subscriber);
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String agent = People.agent(partner, supervisor);
        at("2026-11-19T15:00:00");
        as(Roles.AGENT, agent).queryParam("callId", "CALL-BEFORE").get("/subscribers/" + subscriber.msisdn()).then().statusCode(200);
        at("2026-11-22T10:00:00");
        as(Roles.AGENT, agent).queryParam("callId", "CALL-AFTER-LEAVING").get("/subscribers/" + subscriber.msisdn()).then().statusCode(200);
        as(Roles.AGENT, agent).queryParam("purpose", "no call").get("/subscribers/" + subscriber.msisdn()).then().statusCode(200);
        at("2026-11-25T08:00:00");
        People.depart(supervisor, agent, LocalDate.of(2026, 11, 20));
        at("2026-11-25T09:00:00");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> as(Roles.AGENT, agent).queryParam("callId", "CALL-REFUSED")
                .get("/subscribers/" + subscriber.msisdn()).then().statusCode(403).body("reason", equalTo("agent-not-active")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as(Roles.SUPERVISOR, supervisor).get("/agents/" + agent + "/liability-window")
                .then().statusCode(200)
                .body("opensAt", equalTo("2026-11-19T17:00:00Z"))
                .body("removedAt", org.hamcrest.Matchers.startsWith("2026-11-25T01:00:00"))
                .body("length", org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(460800f))
                        .and(org.hamcrest.Matchers.lessThan(460900f)))
                .body("accesses.callId", contains("CALL-AFTER-LEAVING", null))
                .body("accesses.purpose", contains(null, "no call"))
                .body("refusedAttempts.callId", hasItem("CALL-REFUSED"))
                .body("refusedAttempts[0].outcome", equalTo("REFUSED")));

        as(Roles.SUPERVISOR, supervisor).queryParam("agent", agent).queryParam("withoutCallId", true).get("/access-reports/accesses").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].purpose", equalTo("no call")).body("items[0].partnerId", equalTo(partner));
        as(Roles.SUPERVISOR, supervisor).queryParam("from", "2026-11-22T00:00:00+07:00").queryParam("to", "2026-11-23T00:00:00+07:00")
                .get("/access-reports/accesses").then().statusCode(200).body("total", equalTo(2));
        as(Roles.SUPERVISOR, supervisor).queryParam("from", "yesterday").get("/access-reports/accesses").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
        as(Roles.SUPERVISOR, supervisor).get("/agents/" + supervisor + "/liability-window").then().statusCode(409)
                .body("reason", equalTo("agent-not-departed"));
    }

    @Test
    void anAgentReadingFarAboveThePeersIsFlagged() {
        String partner = People.partner();
        String supervisor = People.supervisor(partner);
        String busy = People.agent(partner, supervisor);
        String[] peers = { People.agent(partner, supervisor), People.agent(partner, supervisor), People.agent(partner, supervisor) };
        SubscriberRecord subscriber = Subscribers.complete();
        Subscribers.save(subscriber);
        at("2026-10-07T09:10:00");
        for (String peer : peers) {
            for (int i = 0; i < 4; i++) {
                as(Roles.AGENT, peer).queryParam("callId", "C-" + i).get("/subscribers/" + subscriber.msisdn()).then().statusCode(200);
            }
        }
        for (int i = 0; i < 24; i++) {
            as(Roles.AGENT, busy).queryParam("callId", "C-" + i).get("/subscribers/" + subscriber.msisdn()).then().statusCode(200);
        }
        as(Roles.SUPERVISOR, supervisor).queryParam("from", "2026-10-07T00:00:00+07:00").queryParam("to", "2026-10-08T00:00:00+07:00")
                .get("/access-reports/outliers").then().statusCode(200)
                .body("agentsCompared", equalTo(4)).body("medianPeakPerHour", equalTo(4.0f)).body("threshold", equalTo(20))
                .body("agents[0].agentId", equalTo(busy)).body("agents[0].peakPerHour", equalTo(24)).body("agents[0].flagged", equalTo(true))
                .body("agents.findAll { it.flagged }.size()", equalTo(1));
        as(Roles.SUPERVISOR, supervisor).get("/access-reports/outliers").then().statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
