package vn.mobifone.care.itticket.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.itticket.Tickets;
import vn.mobifone.care.itticket.ticket.RequestType;
import vn.mobifone.care.itticket.ticket.TicketAction;

/** The report over a known data set in January 2025, a month no other test touches. */
@QuarkusTest
class SlaReportTest {

    private static final Instant JANUARY = Instant.parse("2025-01-01T00:00:00Z");
    private static final String SERVICE = "report-fixture-service";

    @Inject
    TicketGauges gauges;

    @BeforeAll
    static void knownDataSet() throws Exception {
        // level 1: resolved in 1, 2, 3 h (met) and 5 h (breached); level 3: met in 10 h, and one open and breached
        insert(1, "FRONT_LINE", 1, false);
        insert(1, "FRONT_LINE", 2, false);
        insert(1, "FRONT_LINE", 3, false);
        insert(1, "FRONT_LINE", 5, true);
        insert(3, "IT_CENTRE", 10, false);
        insert(3, "IT_CENTRE", null, true);
    }

    @Test
    void successRateCountsAndResolutionPercentilesByLevel() {
        report("level").statusCode(200)
                .body("groupBy", equalTo("level"))
                .body("groups.size()", equalTo(2))
                .body("groups[0].group", equalTo("1"))
                .body("groups[0].received", equalTo(4)).body("groups[0].resolved", equalTo(4))
                .body("groups[0].met", equalTo(3)).body("groups[0].breached", equalTo(1))
                .body("groups[0].successRate", closeTo(0.75, 1e-9))
                .body("groups[0].p50ResolutionSeconds", equalTo(9000))
                .body("groups[0].p90ResolutionSeconds", equalTo(15840))
                .body("groups[1].group", equalTo("3"))
                .body("groups[1].met", equalTo(1)).body("groups[1].breached", equalTo(1))
                .body("groups[1].successRate", closeTo(0.5, 1e-9))
                .body("groups[1].p50ResolutionSeconds", equalTo(36000))
                .body("total.received", equalTo(6)).body("total.resolved", equalTo(5))
                .body("total.met", equalTo(4)).body("total.breached", equalTo(2))
                .body("total.successRate", closeTo(4.0 / 6, 1e-9));
    }

    @Test
    void groupsByTierTypeAndService() {
        report("tier").statusCode(200).body("groups.group", org.hamcrest.Matchers.contains("FRONT_LINE", "IT_CENTRE"));
        report("type").statusCode(200).body("groups[0].group", equalTo("QUESTION")).body("groups[0].received", equalTo(6));
        report("service").statusCode(200).body("groups[0].group", equalTo(SERVICE));
    }

    @Test
    void badPeriodsAndGroupingsAreProblems() {
        given().header("Authorization", Tickets.ops()).get("/sla/report?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().header("Authorization", Tickets.ops()).get("/sla/report?from=yesterday&to=2025-01-01T00:00:00Z")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", Tickets.ops()).get("/sla/report?from=2020-01-01T00:00:00Z&to=2025-01-01T00:00:00Z")
                .then().statusCode(400);
        report("colour").statusCode(400).body("violations[0].field", equalTo("groupBy"));
        given().header("Authorization", Tickets.agent()).get("/sla/report?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z")
                .then().statusCode(403);
    }

    @Test
    void theDashboardMetricsAreExposed() {
        String id = Tickets.classified(RequestType.QUESTION);
        Tickets.act(id, TicketAction.ANSWER_CUSTOMER, "answered on the call").statusCode(200);
        Tickets.receive(Tickets.incidentAtFrontLine());
        gauges.refresh();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("care_tickets_open{"))
                .body(containsString("tier=\"FRONT_LINE\""))
                .body(containsString("care_tickets_at_risk "))
                .body(containsString("care_tickets_breached_open "))
                .body(containsString("care_tickets_created_total{"))
                .body(containsString("care_tickets_resolved_total{level=\"1\""))
                .body(containsString("care_tickets_resolution_time_seconds_bucket{level=\"1\",le=\"14400.0\"}"));
    }

    private static io.restassured.response.ValidatableResponse report(String groupBy) {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)))
                .header("Authorization", Tickets.ops())
                .get("/sla/report?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z&groupBy=" + groupBy).then();
    }

    private static void insert(int level, String tier, Integer hoursToResolve, boolean breached) throws Exception {
        UUID id = UUID.randomUUID();
        Instant received = JANUARY.plus(Duration.ofDays(3));
        Instant resolved = hoursToResolve == null ? null : received.plus(Duration.ofHours(hoursToResolve));
        try (Connection db = TestStack.db()) {
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO ticket (id, channel, original_reference, customer_code, customer_name, it_service, request_type, level,
                        subject, description, state, tier, policy_id, received_at, received_by, resolved_at, resolution)
                    VALUES (?, 'EMAIL', 'MAIL-R', 'KHDN-R', 'Report fixture', ?, 'QUESTION', ?, 's', 'd', ?, ?,
                        (SELECT id FROM sla_policy WHERE request_type = 'QUESTION' AND version = 1), ?, 'A001', ?, ?)""")) {
                s.setObject(1, id);
                s.setString(2, SERVICE);
                s.setInt(3, level);
                s.setString(4, resolved == null ? "IN_PROGRESS" : "CLOSED");
                s.setString(5, tier);
                s.setTimestamp(6, Timestamp.from(received));
                s.setTimestamp(7, resolved == null ? null : Timestamp.from(resolved));
                s.setString(8, resolved == null ? null : "done");
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO sla_clock (ticket_id, stage, status, budget_seconds, consumed_seconds, breached_at)
                    VALUES (?, 'TOTAL', 'STOPPED', 14400, 0, ?)""")) {
                s.setObject(1, id);
                s.setTimestamp(2, breached ? Timestamp.from(received.plus(Duration.ofHours(4))) : null);
                s.executeUpdate();
            }
        }
    }
}
