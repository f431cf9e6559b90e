package vn.mobifone.care.endtoend;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mobifone.care.endtoend.PackagedSuite.Service;

/**
 * A departure recorded in the lookup's directory is refused by every running service within
 * seconds, although the agent's token still verifies.
 */
@ExtendWith(PackagedSuite.Extension.class)
class E2EAgentDepartureTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void aDepartedAgentIsRefusedByEveryServiceWithinSeconds(PackagedSuite suite) {
        String msisdn = Subscribers.smartphoneWithoutApp(suite);
        String partner = "E2E-DEP";
        String supervisor = "E2E-DEP-S1";
        String agent = "E2E-DEP-A1";
        as(suite, Service.LOOKUP, Api.ADMIN, "E2E-ADMIN").body(Map.of("id", partner, "name", "Công ty E2E")).post("/partners").then()
                .statusCode(201);
        as(suite, Service.LOOKUP, Api.ADMIN, "E2E-ADMIN").body(person(supervisor, "SUPERVISOR")).post("/partners/" + partner + "/agents").then()
                .statusCode(201);
        await().atMost(BOUND).until(() -> as(suite, Service.LOOKUP, Api.SUPERVISOR, supervisor).body(person(agent, "AGENT"))
                .post("/partners/" + partner + "/agents").statusCode() == 201);

        await().atMost(BOUND).untilAsserted(() -> {
            read(suite, Service.LOOKUP, agent, "/subscribers/" + msisdn + "?callId=CALL-DEP-1").then().statusCode(200);
            read(suite, Service.CONSULTATION, agent, "/promotions").then().statusCode(200);
            read(suite, Service.SMS_GATEWAY, agent, "/messages?msisdn=" + msisdn).then().statusCode(200);
        });

        as(suite, Service.LOOKUP, Api.SUPERVISOR, supervisor)
                .body(Map.of("status", "DEPARTED", "departureDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()))
                .put("/agents/" + agent + "/status").then().statusCode(200);

        await().atMost(BOUND).untilAsserted(() -> {
            read(suite, Service.LOOKUP, agent, "/subscribers/" + msisdn + "?callId=CALL-DEP-2").then().statusCode(403)
                    .body("reason", equalTo("agent-not-active"));
            read(suite, Service.CONSULTATION, agent, "/promotions").then().statusCode(403).body("reason", equalTo("agent-not-active"));
            read(suite, Service.SMS_GATEWAY, agent, "/messages?msisdn=" + msisdn).then().statusCode(403).body("reason", equalTo("agent-not-active"));
        });
    }

    private static RequestSpecification as(PackagedSuite suite, Service service, String role, String subject) {
        return given().baseUri(suite.url(service)).header("Authorization", suite.unregisteredBearer(role, subject)).contentType(ContentType.JSON);
    }

    private static io.restassured.response.Response read(PackagedSuite suite, Service service, String agent, String path) {
        return given().baseUri(suite.url(service)).header("Authorization", suite.unregisteredBearer(Api.AGENT, agent)).get(path);
    }

    private static Map<String, Object> person(String id, String role) {
        return Map.of("id", id, "name", "Nguyễn " + id, "role", role, "callCentre", "Đài 1090", "line", "1090", "startDate", "2025-01-06");
    }
}
