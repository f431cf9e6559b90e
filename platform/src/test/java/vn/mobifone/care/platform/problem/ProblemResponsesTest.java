package vn.mobifone.care.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.CareTestStack;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/** The error answers every service gives, over HTTP with real tokens. */
@QuarkusTest
@WithTestResource(value = CareTestStack.class, initArgs = @ResourceArg(name = "database", value = "platform_test"), scope = TestResourceScope.GLOBAL)
class ProblemResponsesTest {

    private static final String AGENT = TestStack.bearer(Roles.AGENT, "A001");

    @Test
    void anyWrittenFormOfAPhoneNumberReachesTheResource() {
        for (String written : new String[] { "0901234567", "84901234567", "+84901234567", "090.123.4567" }) {
            given().header("Authorization", AGENT).get("/probe/subscribers/{m}", written).then()
                    .statusCode(200)
                    .body("msisdn", equalTo("84901234567"))
                    .body("mobiFone", equalTo(true))
                    .body("national", equalTo("0901234567"));
        }
    }

    @Test
    void aPathThatIsNotAPhoneNumberIsA400Problem() {
        given().header("Authorization", AGENT).get("/probe/subscribers/12345").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItems("msisdn"))
                .body("instance", equalTo("/probe/subscribers/12345"));
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .body("{\"msisdn\":\"0901234567\",\"text\":\"\",\"copies\":9}")
                .post("/probe/notes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://care.mobifone.vn/problems/validation"))
                .body("violations.field", hasItems("text", "copies"));
    }

    @Test
    void aBadPhoneNumberInsideABodyNamesTheField() {
        given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .body("{\"msisdn\":\"not-a-number\",\"text\":\"hello\",\"copies\":1}")
                .post("/probe/notes").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("msisdn"))
                .body("violations[0].message", containsString("not a Vietnamese mobile number"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .body("{\"msisdn\": ").post("/probe/notes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("reason", equalTo("malformed-body"));
    }

    @Test
    void aMissingBodyIsA400Problem() {
        given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .post("/probe/notes").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void businessRefusalsCarryAReasonCode() {
        given().header("Authorization", AGENT).get("/probe/refusals/rule").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("reason", equalTo("outside-call-window"))
                .body("detail", containsString("07:00"));
        given().header("Authorization", AGENT).get("/probe/refusals/conflict").then()
                .statusCode(409).body("reason", equalTo("already-consulted"));
        given().header("Authorization", AGENT).get("/probe/refusals/missing").then()
                .statusCode(404).body("reason", equalTo("not-found"));
    }

    @Test
    void unexpectedErrorsHideTheirCauseAndGiveAnErrorId() {
        given().header("Authorization", AGENT).get("/probe/refusals/bug").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("errorId", notNullValue())
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownPathsAreProblemsToo() {
        given().header("Authorization", AGENT).get("/probe/nowhere").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        given().get("/probe/subscribers/0901234567").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("reason", equalTo("unauthenticated"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        String forged = AGENT.substring(0, AGENT.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", forged).get("/probe/subscribers/0901234567").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theWrongRoleIs403() {
        given().header("Authorization", TestStack.bearer(Roles.INTEGRATION, "crm")).get("/probe/subscribers/0901234567").then()
                .statusCode(403).contentType("application/problem+json").body("reason", equalTo("forbidden"));
        given().header("Authorization", AGENT).get("/probe/supervised").then().statusCode(403);
        given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S01")).get("/probe/supervised").then().statusCode(200);
    }

    @Test
    void theCallerIsKnownForAudit() {
        given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S042")).get("/probe/whoami").then()
                .statusCode(200).body("id", equalTo("S042")).body("role", equalTo("supervisor"));
    }

    @Test
    void theRequestIdIsEchoedOrCreated() {
        given().header("Authorization", AGENT).header("X-Request-Id", "call-1090-77")
                .get("/probe/whoami").then().header("X-Request-Id", "call-1090-77");
        given().header("Authorization", AGENT).get("/probe/whoami").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void listsArePagedOneWay() {
        given().header("Authorization", AGENT).get("/probe/pages?page=2&size=20").then()
                .statusCode(200)
                .body("items.size()", equalTo(5))
                .body("page", equalTo(2)).body("size", equalTo(20)).body("total", equalTo(45));
        given().header("Authorization", AGENT).get("/probe/pages?size=500").then()
                .statusCode(400).body("violations.field", hasItems("size"));
        given().header("Authorization", AGENT).get("/probe/pages?page=-1").then()
                .statusCode(400).body("errorId", nullValue());
    }
}
