package vn.mobifone.care.consultation;

import static io.restassured.RestAssured.given;
import static vn.mobifone.care.consultation.LookupStandIn.lookup;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/** The module's fixtures: subscribers held by the stand-in lookup, consultation requests, row counts. */
public final class ConsultationFixtures {

    private static final AtomicInteger SUBSCRIBERS = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private ConsultationFixtures() {
    }

    /** A MobiFone number no other test has used. */
    public static String newMsisdn() {
        return String.format("8490%07d", SUBSCRIBERS.incrementAndGet() % 10_000_000);
    }

    public static String smartphoneWithoutApp() {
        return held("smartphone-without-app");
    }

    public static String smartphoneWithApp() {
        return held("smartphone-with-app");
    }

    public static String featurePhone() {
        return held("feature-phone");
    }

    /** A number the lookup does not hold: 404 there. */
    public static String notInBase() {
        return newMsisdn();
    }

    public static String portedOut() {
        return held("ported-out");
    }

    /** A number with another network's prefix (Viettel's 098) that ported in to MobiFone. */
    public static String portedIn() {
        String msisdn = String.format("8498%07d", SUBSCRIBERS.incrementAndGet() % 10_000_000);
        lookup().holds(msisdn, "ported-in", Map.of());
        return msisdn;
    }

    /** The lookup withholds the record until the agent acknowledges the Decree-49 warning. */
    public static String decree49Withheld(boolean golden) {
        String msisdn = newMsisdn();
        lookup().holds(msisdn, "decree49-withheld", Map.of("golden", Boolean.toString(golden)));
        return msisdn;
    }

    /** Incomplete under Decree 49, warning acknowledged: the lookup shows the record. */
    public static String decree49Acknowledged(boolean golden, boolean smartphone) {
        String msisdn = newMsisdn();
        lookup().holds(msisdn, "decree49-incomplete-shown", Map.of("golden", Boolean.toString(golden),
                "commitment", golden ? "CK24 - cam kết 24 tháng" : "KHÔNG CK", "smartphone", Boolean.toString(smartphone),
                "device", smartphone ? "SMARTPHONE" : "FEATURE_PHONE"));
        return msisdn;
    }

    /** A subscriber as the rules that read the profile need it: payment type, ARPU, package, premium. */
    public static String subscriber(String paymentType, long arpuVnd, String currentPackage, boolean premium) {
        return line(newMsisdn(), "Nguyễn Thị Hoa", paymentType, "ACTIVE_2C", arpuVnd, currentPackage, premium, false);
    }

    /**
     * {@code msisdn} held with this owner, payment type and status; {@code internalVip} is the
     * lookup's verdict on the owner name (a business number of the company).
     */
    public static String line(String msisdn, String owner, String paymentType, String status, long arpuVnd, String currentPackage,
            boolean premium, boolean internalVip) {
        lookup().holds(msisdn, "subscriber", Map.of("owner", owner, "paymentType", paymentType, "status", status,
                "arpu", Long.toString(arpuVnd), "package", currentPackage == null ? "null" : "\"" + currentPackage + "\"",
                "premium", Boolean.toString(premium), "internalVip", Boolean.toString(internalVip),
                "category", premium ? "PREMIUM" : "NORMAL"));
        return msisdn;
    }

    private static String held(String recording) {
        String msisdn = newMsisdn();
        lookup().holds(msisdn, recording, Map.of());
        return msisdn;
    }

    public static Map<String, Object> request(String msisdn, String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("msisdn", msisdn);
        body.put("channel", channel);
        body.put("callId", "CALL-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("idempotencyKey", UUID.randomUUID().toString());
        body.put("line", "1090");
        return body;
    }

    public static RequestSpecification asAgent(String agentId) {
        return given().header("Authorization", TestStack.bearer(Roles.AGENT, agentId));
    }

    public static ValidatableResponse consult(Map<String, Object> body, String agentId) {
        return asAgent(agentId).contentType(ContentType.JSON).body(body).post("/app-consultations").then();
    }

    public static ValidatableResponse screen(String msisdn, String agentId, String... query) {
        RequestSpecification request = asAgent(agentId).queryParam("callId", "CALL-SCREEN");
        for (int i = 0; i + 1 < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/subscribers/" + msisdn + "/app-consultation").then();
    }

    public static long count(String sql, Object... parameters) {
        try (Connection c = TestStack.db(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
