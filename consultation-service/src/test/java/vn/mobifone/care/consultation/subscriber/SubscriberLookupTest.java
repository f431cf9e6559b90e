package vn.mobifone.care.consultation.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.consultation.ConsultationFixtures.asAgent;
import static vn.mobifone.care.consultation.ConsultationFixtures.consult;
import static vn.mobifone.care.consultation.ConsultationFixtures.count;
import static vn.mobifone.care.consultation.ConsultationFixtures.request;
import static vn.mobifone.care.consultation.ConsultationFixtures.screen;
import static vn.mobifone.care.consultation.ConsultationFixtures.smartphoneWithoutApp;
import static vn.mobifone.care.consultation.LookupStandIn.lookup;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.LookupStandIn;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/** The lookup read over HTTP: the agent's own token and call id, and a clear 503 when the lookup cannot answer. */
@QuarkusTest
class SubscriberLookupTest {

    @AfterEach
    void lookupRecovers() {
        lookup().healthy();
        String msisdn = smartphoneWithoutApp();
        // An open breaker lets a trial call through after its delay; wait until it has closed again.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> screen(msisdn, "A001").extract().statusCode() == 200);
        // The breaker judges the last ten calls: fill them with successes, so the next test starts from a clean record.
        for (int i = 0; i < 10; i++) {
            screen(msisdn, "A001").statusCode(200);
        }
    }

    @Test
    void theLookupIsReadWithTheAgentsOwnTokenAndCallId() {
        String msisdn = smartphoneWithoutApp();
        String token = TestStack.bearer(Roles.AGENT, "A042");
        io.restassured.RestAssured.given().header("Authorization", token).header("X-Request-Id", "req-lookup-1")
                .queryParam("callId", "CALL-7781").get("/subscribers/" + msisdn + "/app-consultation")
                .then().statusCode(200);

        List<LookupStandIn.Request> requests = lookup().requestsFor(msisdn);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).authorization()).isEqualTo(token);
        assertThat(requests.get(0).callId()).isEqualTo("CALL-7781");
        assertThat(requests.get(0).requestId()).isEqualTo("req-lookup-1");
    }

    @Test
    void aDownLookupIsA503AndNothingIsWritten() {
        String msisdn = smartphoneWithoutApp();
        lookup().failing(503);

        consult(request(msisdn, "SMS"), "A001").statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("reason", equalTo("subscriber-lookup-unavailable"));
        // The read is idempotent: the request tried it three times before giving up.
        assertThat(lookup().requestsFor(msisdn)).hasSize(3);
        screen(msisdn, "A001").statusCode(503).body("reason", equalTo("subscriber-lookup-unavailable"));

        assertThat(count("SELECT count(*) FROM app_consultation WHERE msisdn = ?", msisdn)).isZero();
        assertThat(count("SELECT count(*) FROM app_consultation_history h JOIN app_consultation c ON c.id = h.consultation_id"
                + " WHERE c.msisdn = ?", msisdn)).isZero();
    }

    @Test
    void aSlowLookupIsA503WithinTheTimeouts() {
        String msisdn = smartphoneWithoutApp();
        lookup().slow(Duration.ofSeconds(20));
        long started = System.nanoTime();

        consult(request(msisdn, "WEB"), "A001").statusCode(503).body("reason", equalTo("subscriber-lookup-unavailable"));

        // Three attempts of at most three seconds each, not the lookup's twenty.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));
        assertThat(count("SELECT count(*) FROM app_consultation WHERE msisdn = ?", msisdn)).isZero();
    }

    @Test
    void afterRepeatedFailuresTheBreakerAnswersWithoutCallingTheLookup() {
        lookup().failing(500);
        for (int i = 0; i < 4; i++) {
            screen(smartphoneWithoutApp(), "A001").statusCode(503);
        }
        String untouched = smartphoneWithoutApp();

        screen(untouched, "A001").statusCode(503).body("reason", equalTo("subscriber-lookup-unavailable"));

        assertThat(lookup().requestsFor(untouched)).isEmpty();
    }

    @Test
    void withoutATokenNothingIsAskedOfTheLookup() {
        String msisdn = smartphoneWithoutApp();
        io.restassured.RestAssured.given().queryParam("callId", "CALL-1").get("/subscribers/" + msisdn + "/app-consultation")
                .then().statusCode(401).body("reason", equalTo("unauthenticated"));
        asAgent("A001").get("/subscribers/" + msisdn + "/app-consultation").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("callId"));
        assertThat(lookup().requestsFor(msisdn)).isEmpty();
    }
}
