package vn.mobifone.care.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.CareTestStack;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/** Input that Jackson or JAX-RS would bend into something else is refused with a 400 problem naming the field. */
@QuarkusTest
@WithTestResource(value = CareTestStack.class, initArgs = @ResourceArg(name = "database", value = "platform_test"), scope = TestResourceScope.GLOBAL)
class StrictInputTest {

    private static final String AGENT = TestStack.bearer(Roles.AGENT, "A001");

    private static ValidatableResponse post(String json) {
        return given().header("Authorization", AGENT).contentType(ContentType.JSON).body(json).post("/probe/typed").then();
    }

    private static void refused(ValidatableResponse answer, String field) {
        answer.statusCode(400).contentType("application/problem+json").body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItems(field));
    }

    @Test
    void aWellTypedBodyPasses() {
        post("{\"kind\":\"SECOND\",\"count\":3,\"text\":\"dòng một\\ndòng hai\",\"flag\":true}").statusCode(200)
                .body("kind", equalTo("SECOND")).body("count", equalTo(3)).body("text", equalTo("dòng một\ndòng hai"));
    }

    @Test
    void aNumberIsNeverTakenForAnEnumAndTheAnswerListsTheAcceptedValues() {
        refused(post("{\"kind\":1,\"count\":1}"), "kind");
        post("{\"kind\":1,\"count\":1}").body("violations[0].message", equalTo("must be one of FIRST, SECOND, THIRD"));
        refused(post("{\"kind\":\"FOURTH\",\"count\":1}"), "kind");
    }

    @Test
    void aDecimalIsNeverTruncatedIntoAnInteger() {
        refused(post("{\"kind\":\"FIRST\",\"count\":4.5}"), "count");
        refused(post("{\"kind\":\"FIRST\",\"count\":\"4\"}"), "count");
    }

    @Test
    void aNumberOrBooleanIsNeverTakenForAText() {
        refused(post("{\"kind\":\"FIRST\",\"count\":1,\"text\":12345}"), "text");
        refused(post("{\"kind\":\"FIRST\",\"count\":1,\"text\":true}"), "text");
        refused(post("{\"kind\":\"FIRST\",\"count\":1,\"flag\":1}"), "flag");
    }

    @Test
    void controlCharactersAndHalfSurrogatesAreRefusedInBodies() {
        refused(post("{\"kind\":\"FIRST\",\"count\":1,\"text\":\"a\\u0000b\"}"), "text");
        refused(post("{\"kind\":\"FIRST\",\"count\":1,\"text\":\"a\\u001bb\"}"), "text");
        refused(post("{\"kind\":\"FIRST\",\"count\":1,\"text\":\"a\\ud800b\"}"), "text");
    }

    @Test
    void duplicateKeysAndTrailingContentAreMalformedBodies() {
        post("{\"kind\":\"FIRST\",\"count\":3,\"count\":4}").statusCode(400).body("reason", equalTo("malformed-body"))
                .body("detail", containsString("twice"));
        post("{\"kind\":\"FIRST\",\"count\":3}bla").statusCode(400).body("reason", equalTo("malformed-body"));
        post("{\"kind\":\"FIRST\",\"count\":3}{\"kind\":\"FIRST\",\"count\":3}").statusCode(400).body("reason", equalTo("malformed-body"));
    }

    @Test
    void malformedQueryAndPathParametersAre400NotNotFound() {
        refused(given().header("Authorization", AGENT).get("/probe/pages?page=abc").then(), "page");
        refused(given().header("Authorization", AGENT).get("/probe/pages?size=1.5").then(), "size");
        refused(given().header("Authorization", AGENT).get("/probe/items/not-a-uuid").then(), "id");
        refused(given().header("Authorization", AGENT).get("/probe/pages?page=2147483647").then(), "page");
    }

    @Test
    void controlCharactersAreRefusedInQueryAndPath() {
        refused(given().header("Authorization", AGENT).urlEncodingEnabled(false)
                .get("/probe/items/8a2c3a52-40b4-4c25-9d7e-1e6f0c9b2a11?q=a%00b").then(), "q");
        given().header("Authorization", AGENT).get("/probe/items/8a2c3a52-40b4-4c25-9d7e-1e6f0c9b2a11?q=ok").then().statusCode(200)
                .body(equalTo("8a2c3a52-40b4-4c25-9d7e-1e6f0c9b2a11:ok"));
    }

    @Test
    void aRefusedValueIsQuotedOnlyByItsStart() {
        String huge = "9".repeat(3_000);
        given().header("Authorization", AGENT).get("/probe/subscribers/" + huge).then().statusCode(400)
                .body("detail.length()", lessThan(200));
    }

    @Test
    void requestsBeyondTheSizeLimitsAreAnsweredWithProblemBodies() {
        given().header("Authorization", AGENT).get("/probe/items/8a2c3a52-40b4-4c25-9d7e-1e6f0c9b2a11?q=" + "x".repeat(10_000)).then()
                .statusCode(414).contentType("application/problem+json").body("reason", equalTo("uri-too-long"));
        given().header("Authorization", AGENT).header("X-Padding", "p".repeat(20_000)).get("/probe/whoami").then()
                .statusCode(431).contentType("application/problem+json").body("reason", equalTo("headers-too-large"));
        String big = "{\"kind\":\"FIRST\",\"count\":1,\"text\":\"" + "t".repeat(1_100_000) + "\"}";
        given().header("Authorization", AGENT).contentType(ContentType.JSON).body(big).post("/probe/typed").then()
                .statusCode(413).contentType("application/problem+json").body("reason", equalTo("body-too-large"));
        // Sent in chunks, the body declares no length: it is counted as it arrives.
        given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))).post("/probe/typed").then()
                .statusCode(413).contentType("application/problem+json").body("reason", equalTo("body-too-large"));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() {
        String fine = "{\"kind\":\"FIRST\",\"count\":1,\"text\":\"" + "t".repeat(200_000) + "\"}";
        given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(fine.getBytes(StandardCharsets.UTF_8))).post("/probe/typed").then()
                .statusCode(200).body("count", equalTo(1));
        refused(given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream("{\"kind\":\"FIRST\",\"count\":1.5}".getBytes(StandardCharsets.UTF_8))).post("/probe/typed").then(),
                "count");
    }
}
