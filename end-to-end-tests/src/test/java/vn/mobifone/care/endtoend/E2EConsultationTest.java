package vn.mobifone.care.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mobifone.care.contracts.events.AppInstallationReported;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.endtoend.PackagedSuite.Service;

/**
 * Seed 000 across the services: the agent looks the subscriber up and consults; the SMS with the
 * link reaches the SMSC once; its receipt shows in the consultation's history; the installation
 * the platform reports converts the consultation; the lookup's audit names the agent. Then the
 * lookup is stopped: the consultation service refuses with a 503 problem and writes nothing. That
 * case runs last and brings the lookup back, so the suite stays whole for the other classes.
 */
@ExtendWith(PackagedSuite.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class E2EConsultationTest {

    private static final String AGENT = "A-E2E-CONSULT";

    private static Map<String, Object> consultation(String msisdn, String callId, String idempotencyKey) {
        return Map.of("msisdn", Subscribers.national(msisdn), "channel", "SMS", "callId", callId, "idempotencyKey", idempotencyKey,
                "line", "1090");
    }

    @Test
    @Order(1)
    void anAgentConsultsTheLinkSmsIsDeliveredOnceAndTheInstallationConvertsTheConsultation(PackagedSuite suite) {
        String msisdn = Subscribers.smartphoneWithoutApp(suite);
        String callId = "CALL-E2E-CONSULT-1";

        Api.as(suite, Service.LOOKUP, Api.AGENT, AGENT).queryParam("callId", callId).get("/subscribers/{msisdn}", msisdn).then()
                .statusCode(200).body("flags.appInstalled", equalTo(false));
        Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).queryParam("callId", callId)
                .get("/subscribers/{msisdn}/app-consultation", Subscribers.national(msisdn)).then()
                .statusCode(200)
                .body("smartphone", equalTo(true))
                .body("appInstalled", equalTo(false))
                .body("box.state", equalTo("AVAILABLE"));

        Map<String, Object> body = consultation(msisdn, callId, "e2e-" + UUID.randomUUID());
        String id = Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).contentType(ContentType.JSON).body(body)
                .post("/app-consultations").then()
                .statusCode(201)
                .body("msisdn", equalTo(msisdn))
                .body("agentId", equalTo(AGENT))
                .body("smsStatus", equalTo("REQUESTED"))
                .extract().path("id");
        // The frontend's retry of the same save: the same consultation, and no second SMS.
        Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).contentType(ContentType.JSON).body(body)
                .post("/app-consultations").then().statusCode(200).body("id", equalTo(id));

        assertThat(SmscInbox.receivedOnce(suite.smsc(), msisdn)).isEqualTo(SeedTexts.MY_MOBIFONE_LINK);
        JsonPath delivered = await("the receipt in the consultation's history").atMost(Events.WAIT).until(
                () -> consultationById(suite, id), c -> "DELIVERED".equals(c.getString("smsStatus")));
        assertThat(delivered.getList("history.entry", String.class)).contains("RECORDED", "SMS_DELIVERED");
        assertThat(delivered.getBoolean("converted")).isFalse();

        Instant installedAt = Instant.now();
        Events.send(Topics.APP_INSTALLATIONS, new AppInstallationReported(UUID.randomUUID(), Instant.now(),
                AppInstallationReported.VERSION, Subscribers.national(msisdn), "IOS", installedAt));
        JsonPath converted = await("the consultation converted").atMost(Events.WAIT).until(
                () -> consultationById(suite, id), c -> c.getBoolean("converted"));
        assertThat(converted.getList("history.entry", String.class)).contains("CONVERTED");
        Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).queryParam("callId", "CALL-E2E-CONSULT-2")
                .get("/subscribers/{msisdn}/app-consultation", msisdn).then()
                .statusCode(200)
                .body("appInstalled", equalTo(true))
                .body("box.state", equalTo("ALREADY_INSTALLED"));

        // Still exactly one message at the SMSC, after the receipt and the installation.
        assertThat(SmscInbox.receivedOnce(suite.smsc(), msisdn)).isEqualTo(SeedTexts.MY_MOBIFONE_LINK);
        // Every read of the subscriber, the consultation service's included, is in the lookup's audit under the agent.
        JsonPath audit = Api.as(suite, Service.LOOKUP, Api.SUPERVISOR, "S-E2E").queryParam("msisdn", msisdn).queryParam("size", 200)
                .get("/personal-data-accesses").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getInt("total")).isGreaterThanOrEqualTo(3);
        assertThat(audit.getList("items.subject", String.class)).containsOnly(AGENT);
        assertThat(audit.getList("items.callId", String.class)).contains(callId, "CALL-E2E-CONSULT-2");
    }

    @Test
    @Order(2)
    void withTheLookupStoppedTheConsultationIsRefusedWithA503ProblemAndNothingIsWritten(PackagedSuite suite) throws SQLException {
        String msisdn = Subscribers.smartphoneWithoutApp(suite);
        suite.stop(Service.LOOKUP);
        try {
            Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).contentType(ContentType.JSON)
                    .body(consultation(msisdn, "CALL-E2E-DOWN-1", "e2e-" + UUID.randomUUID()))
                    .post("/app-consultations").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("reason", equalTo("subscriber-lookup-unavailable"));
            Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).queryParam("callId", "CALL-E2E-DOWN-2")
                    .get("/subscribers/{msisdn}/app-consultation", msisdn).then()
                    .statusCode(503).body("reason", equalTo("subscriber-lookup-unavailable"));

            try (Connection db = suite.db(Service.CONSULTATION)) {
                assertThat(count(db, "SELECT count(*) FROM app_consultation WHERE msisdn = ?", msisdn)).isZero();
                assertThat(count(db, "SELECT count(*) FROM channel_lock WHERE msisdn = ?", msisdn)).isZero();
                assertThat(count(db, "SELECT count(*) FROM outbox_message WHERE message_key = ?", msisdn)).isZero();
            }
            assertThat(suite.smsc().submitsTo(msisdn)).isEmpty();
        } finally {
            suite.start(Service.LOOKUP);
        }
        // Back: once the consultation service's breaker lets reads through again, the same save goes on.
        await("the consultation service reading the restarted lookup").atMost(Events.WAIT).untilAsserted(() ->
                Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).queryParam("callId", "CALL-E2E-DOWN-3")
                        .get("/subscribers/{msisdn}/app-consultation", msisdn).then().statusCode(200)
                        .body("box.state", equalTo("AVAILABLE")));
        Api.as(suite, Service.LOOKUP, Api.SUPERVISOR, "S-E2E").queryParam("msisdn", msisdn).get("/personal-data-accesses").then()
                .statusCode(200).body("items.callId", hasItem("CALL-E2E-DOWN-3"));
    }

    private static JsonPath consultationById(PackagedSuite suite, String id) {
        return Api.as(suite, Service.CONSULTATION, Api.AGENT, AGENT).get("/app-consultations/{id}", id).then()
                .statusCode(200).extract().jsonPath();
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
