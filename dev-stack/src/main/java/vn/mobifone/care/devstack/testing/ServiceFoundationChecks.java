package vn.mobifone.care.devstack.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every service of the suite proves about itself: it runs on the real PostgreSQL and
 * Kafka, reports both in readiness, serves metrics and exactly its published contract, a contract
 * a generated client can use, refuses bad input on every operation with a 400 problem, and a
 * request of a media type the operation does not speak with a 406 or 415 problem.
 */
public abstract class ServiceFoundationChecks {

    private final String service;

    protected ServiceFoundationChecks(String service) {
        this.service = service;
    }

    @Test
    void readinessChecksTheDatabaseAndTheBroker() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void servesItsPublishedContract() throws Exception {
        OpenApiContract.assertServedDocumentMatches(service);
    }

    @Test
    void everyOperationIsDocumentedForAGeneratedClient() throws Exception {
        List<String> defects = new OperationsSweep().contractDefects();
        if (!defects.isEmpty()) {
            throw new AssertionError(defects.size() + " operations of " + service + " a generated client cannot use:\n  "
                    + String.join("\n  ", defects));
        }
    }

    @Test
    void everyOperationAnswersBadInputWithA400Problem() throws Exception {
        List<String> wrong = new OperationsSweep().badInputAnswers(TestStack.bearerWithEveryRole("sweep"));
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " bad inputs to " + service + " not answered with a 400 problem:\n  "
                    + String.join("\n  ", wrong));
        }
    }

    @Test
    void everyOperationHoldsTheCallerToItsMediaTypes() throws Exception {
        List<String> wrong = new OperationsSweep().mediaTypeAnswers(TestStack.bearerWithEveryRole("sweep"));
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " requests of the wrong media type to " + service + " not refused with a problem:\n  "
                    + String.join("\n  ", wrong));
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
