package vn.mobifone.care.itticket.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.mobifone.care.itticket.Tickets.clock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.itticket.Tickets;
import vn.mobifone.care.itticket.ticket.RequestType;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class SlaPolicyAdminTest {

    @Test
    void theSeed004MatrixIsThePolicyData() {
        given().header("Authorization", Tickets.ops()).get("/sla/policies").then().statusCode(200)
                .body("size()", equalTo(RequestType.values().length))
                .body("find { it.requestType == 'QUESTION' }.totalBudgetMinutes", equalTo(240))
                .body("find { it.requestType == 'ACTIVATION' }.itCentreBudgetMinutes", equalTo(0))
                .body("find { it.requestType == 'INCIDENT_FIX' }.regionalBudgetMinutes", equalTo(240))
                .body("find { it.requestType == 'INCIDENT_FIX' }.itCentreBudgetMinutes", equalTo(2640))
                .body("find { it.requestType == 'OTHER' }.totalBudgetMinutes", equalTo(2880))
                .body("find { it.requestType == 'INSTALLATION_HELP' }.totalBudgetMinutes", equalTo(240))
                .body("calendar", hasItems("24x7"));
        given().header("Authorization", Tickets.ops()).get("/sla/calendars").then().statusCode(200)
                .body("code", hasItems("24x7", "office-hours"))
                .body("find { it.code == 'office-hours' }.holidays", hasItems("2026-09-02"));
    }

    @Test
    void aRevisionIsANewVersionAndOpenTicketsKeepTheirsUntilReclassified() {
        String before = Tickets.classified(RequestType.INTEGRATION);
        revise(RequestType.INTEGRATION, 120, 1320, 1440).statusCode(200).body("version", equalTo(2)).body("createdBy", equalTo("ADM01"));
        try {
            JsonPath kept = Tickets.get(before);
            assertThat(kept.getInt("policyVersion")).isEqualTo(1);
            assertThat(clock(kept, "total")).containsEntry("budgetSeconds", (int) Duration.ofHours(48).toSeconds());

            JsonPath fresh = Tickets.get(Tickets.receive(Tickets.of(RequestType.INTEGRATION)));
            assertThat(fresh.getInt("policyVersion")).isEqualTo(2);
            assertThat(clock(fresh, "total")).containsEntry("budgetSeconds", (int) Duration.ofHours(24).toSeconds());

            JsonPath reclassified = Tickets.classify(before, Map.of("level", 4, "reason", "needs the partner")).statusCode(200)
                    .extract().jsonPath();
            assertThat(reclassified.getInt("policyVersion")).isEqualTo(2);
            assertThat(clock(reclassified, "regional-company")).containsEntry("budgetSeconds", (int) Duration.ofHours(2).toSeconds());
            given().header("Authorization", Tickets.admin()).get("/sla/policies/integration/versions").then()
                    .body("version", hasItems(1, 2)).body("current", hasItems(false, true));
        } finally {
            revise(RequestType.INTEGRATION, 240, 2640, 2880).statusCode(200);
        }
    }

    @Test
    void badRevisionsAreProblemsAndOnlyAdminsRevise() {
        revise(RequestType.OTHER, 240, 2640, 120).statusCode(400).body("violations[0].field", equalTo("totalBudgetMinutes"));
        given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON)
                .body(Map.of("regionalBudgetMinutes", 0, "itCentreBudgetMinutes", -1, "totalBudgetMinutes", 240, "warningPercent", 100,
                        "calendar", ""))
                .put("/sla/policies/OTHER").then().statusCode(400)
                .body("violations.field", hasItems("regionalBudgetMinutes", "itCentreBudgetMinutes", "warningPercent", "calendar"));
        given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON)
                .body(Map.of("regionalBudgetMinutes", 240, "itCentreBudgetMinutes", 0, "totalBudgetMinutes", 240, "warningPercent", 75,
                        "calendar", "lunar"))
                .put("/sla/policies/OTHER").then().statusCode(400).body("violations[0].field", equalTo("calendar"));
        given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON)
                .body(Map.of("regionalBudgetMinutes", 240, "itCentreBudgetMinutes", 0, "totalBudgetMinutes", 240, "warningPercent", 75,
                        "calendar", "24x7"))
                .put("/sla/policies/HAIRCUT").then().statusCode(400).body("violations[0].field", equalTo("requestType"));
        given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S01")).contentType(ContentType.JSON)
                .body(Map.of("regionalBudgetMinutes", 240, "itCentreBudgetMinutes", 0, "totalBudgetMinutes", 240, "warningPercent", 75,
                        "calendar", "24x7"))
                .put("/sla/policies/OTHER").then().statusCode(403);
        given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON).body(Map.of("day", "2026-12-25"))
                .post("/sla/calendars/office-hours/holidays").then().statusCode(400).body("violations[0].field", equalTo("name"));
        given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON).body(Map.of("day", "2026-12-25", "name", "x"))
                .post("/sla/calendars/24x7/holidays").then().statusCode(409).body("reason", equalTo("calendar-always-open"));
    }

    private static io.restassured.response.ValidatableResponse revise(RequestType type, int regional, int itCentre, int total) {
        return given().header("Authorization", Tickets.admin()).contentType(ContentType.JSON)
                .body(Map.of("regionalBudgetMinutes", regional, "itCentreBudgetMinutes", itCentre, "totalBudgetMinutes", total,
                        "warningPercent", 75, "calendar", "24x7"))
                .put("/sla/policies/{type}", type).then();
    }
}
