package vn.mobifone.care.consultation.vip;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.mobifone.care.consultation.vip.Leaders.BUSINESS_NUMBER;
import static vn.mobifone.care.consultation.vip.Leaders.PERSONAL_NUMBER;
import static vn.mobifone.care.consultation.vip.Leaders.STAFF_LINE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.promotion.PaymentType;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;

/** Intake, the queue with its timestamps and overdue flag, and the steps after the check. */
@QuarkusTest
class VipRequestTest {

    @Inject
    CareClock clock;

    @Inject
    VipRequests requests;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String agent() {
        return TestStack.bearer(Roles.AGENT, "A001");
    }

    static String supervisor() {
        return TestStack.bearer(Roles.SUPERVISOR, "S001");
    }

    static String receive(VipIntakeRequest request) {
        return given().header("Authorization", agent()).contentType(ContentType.JSON).body(request).post("/vip-requests")
                .then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse act(String id, VipAction action, String note) {
        return given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of("action", action, "note", note))
                .post("/vip-requests/{id}/actions", id).then();
    }

    static JsonPath get(String id) {
        return given().header("Authorization", supervisor()).get("/vip-requests/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRequestIsTakenAtOnceAsTheLeaderGivesIt() {
        Instant before = clock.instant();
        given().header("Authorization", agent()).contentType(ContentType.JSON)
                .body(Map.of("leaderName", Leaders.NAME, "callingNumber", "0909 000 111", "requestType", "CUT_LOST_PHONE",
                        "targetNumber", "+84938000222", "callbackNumber", "0909000111", "callId", "CALL-7781"))
                .post("/vip-requests").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/vip-requests/"))
                .body("state", equalTo("RECEIVED"))
                .body("callingNumber", equalTo("84909000111"))
                .body("targetNumber", equalTo("84938000222"))
                .body("receivedBy", equalTo("A001"))
                .body("task.kind", equalTo("CHECK"))
                .body("steps.step", equalTo(java.util.List.of("received")))
                .body("steps[0].note", equalTo(VipRequestView.PROMISE))
                .body("overdue", equalTo(false))
                .body("checkedAt", nullValue());
        assertThat(clock.instant()).isAfterOrEqualTo(before);
    }

    @Test
    void aVerifiedRequestIsExecutedThenCalledBackOnTheBusinessNumberWithEveryStepTimestamped() {
        String id = receive(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER));
        clock.advance(Duration.ofMinutes(3));
        requests.applyCheck(UUID.fromString(id), Leaders.businessLine(), Leaders.line(Leaders.NAME, PaymentType.PREPAID, "ACTIVE_2C"), "A001");
        JsonPath verified = get(id);
        assertThat(verified.getString("state")).isEqualTo("VERIFIED");
        assertThat(verified.getString("task.kind")).isEqualTo("EXECUTE");

        clock.advance(Duration.ofMinutes(2));
        act(id, VipAction.EXECUTE, "Line 0938000222 cut for loss").statusCode(200)
                .body("state", equalTo("EXECUTED"))
                .body("result", equalTo("Line 0938000222 cut for loss"))
                .body("task.kind", equalTo("RESULT_CALLBACK"))
                .body("task.callTo", equalTo(BUSINESS_NUMBER.value()));
        clock.advance(Duration.ofMinutes(1));
        JsonPath closed = act(id, VipAction.RESULT_CALLED_BACK, "Told the leader the line is cut").statusCode(200)
                .body("state", equalTo("CLOSED")).body("task", nullValue()).extract().jsonPath();

        assertThat(closed.getList("steps.step")).containsExactly("received", "checked", "execute", "result-called-back");
        Instant received = Instant.parse(closed.getString("receivedAt"));
        assertThat(Instant.parse(closed.getString("checkedAt"))).isBetween(received.plus(Duration.ofMinutes(3)), received.plus(Duration.ofMinutes(4)));
        assertThat(Instant.parse(closed.getString("executedAt"))).isBetween(received.plus(Duration.ofMinutes(5)), received.plus(Duration.ofMinutes(6)));
        assertThat(closed.getLong("waitingSeconds")).isBetween(360L, 420L);
        act(id, VipAction.EXECUTE, "again").statusCode(409).body("reason", equalTo("invalid-transition"));
    }

    @Test
    void qualityManagementConfirmsOrDeclinesACallFromAnotherNumber() {
        String confirmed = receive(Leaders.cutLostPhone(PERSONAL_NUMBER, BUSINESS_NUMBER));
        requests.applyCheck(UUID.fromString(confirmed), Leaders.line(Leaders.NAME, PaymentType.PREPAID, "ACTIVE_2C"), Leaders.businessLine(), "A001");
        JsonPath routed = get(confirmed);
        assertThat(routed.getString("state")).isEqualTo("QUALITY_MANAGEMENT");
        assertThat(routed.getString("outcomeReason")).isEqualTo("lost-phone-cut-from-another-number");
        assertThat(routed.getString("task.kind")).isEqualTo("QUALITY_MANAGEMENT");
        act(confirmed, VipAction.EXECUTE, "too early").statusCode(409).body("reason", equalTo("invalid-transition"));
        act(confirmed, VipAction.QUALITY_MANAGEMENT_CONFIRMED, "QLCL on shift confirmed the leader").statusCode(200)
                .body("state", equalTo("VERIFIED"));
        act(confirmed, VipAction.EXECUTE, "Business number cut for loss").statusCode(200)
                .body("task.callTo", equalTo(PERSONAL_NUMBER.value()))
                .body("task.alsoReachableOn", nullValue());

        String declined = receive(Leaders.cutLostPhone(STAFF_LINE, PERSONAL_NUMBER));
        requests.applyCheck(UUID.fromString(declined), Leaders.line("Nguyễn Văn Tâm", PaymentType.PREPAID, "ACTIVE_2C"),
                Leaders.line(Leaders.NAME, PaymentType.PREPAID, "ACTIVE_2C"), "A001");
        act(declined, VipAction.QUALITY_MANAGEMENT_DECLINED, "QLCL: not a leader of the company").statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcomeReason", equalTo("not-a-business-number"));
    }

    @Test
    void aMismatchIsCalledBackOnTheBusinessNumberSayingWhatDoesNotMatch() {
        String id = receive(Leaders.reopen(VipRequestType.REOPEN_UNPAID_OR_RED_BILL, PERSONAL_NUMBER, null, PaymentType.PREPAID));
        requests.applyCheck(UUID.fromString(id), Leaders.businessLine(), Leaders.line("Nguyễn Văn Tâm", PaymentType.POSTPAID, "BLOCKED"), "A001");

        JsonPath mismatch = get(id);
        assertThat(mismatch.getString("state")).isEqualTo("MISMATCH_CALLBACK");
        assertThat(mismatch.getList("mismatches.field")).containsExactly("paymentType");
        assertThat(mismatch.getString("task.kind")).isEqualTo("MISMATCH_CALLBACK");
        assertThat(mismatch.getString("task.callTo")).isEqualTo(BUSINESS_NUMBER.value());
        assertThat(mismatch.getString("task.text")).contains("0938000222 is POSTPAID, not PREPAID");
        act(id, VipAction.MISMATCH_CALLED_BACK, "Leader will call again with the right number").statusCode(200)
                .body("state", equalTo("CLOSED"));
    }

    @Test
    void theQueueShowsOpenRequestsOldestFirstAndFlagsThoseWaitingTooLong() {
        String older = receive(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER));
        clock.advance(Duration.ofMinutes(20));
        String newer = receive(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER));

        given().header("Authorization", supervisor()).get("/vip-requests?size=200").then().statusCode(200)
                .body("items.id", hasItems(older, newer))
                .body("items.find { it.id == '" + older + "' }.overdue", equalTo(false));
        clock.advance(Duration.ofMinutes(10));
        given().header("Authorization", supervisor()).get("/vip-requests?overdue=true&size=200").then().statusCode(200)
                .body("items.id", hasItem(older)).body("items.id", not(hasItem(newer)))
                .body("items.find { it.id == '" + older + "' }.overdue", equalTo(true));
        JsonPath queue = given().header("Authorization", supervisor()).get("/vip-requests?size=200").then().extract().jsonPath();
        assertThat(queue.getList("items.id")).containsSubsequence(older, newer);

        requests.applyCheck(UUID.fromString(older), Leaders.line(null, PaymentType.PREPAID, "ACTIVE_2C"), LineOnRecord.notFound(), "A001");
        act(older, VipAction.QUALITY_MANAGEMENT_DECLINED, "not a leader").statusCode(200).body("overdue", equalTo(false));
        given().header("Authorization", supervisor()).get("/vip-requests?size=200").then()
                .body("items.id", not(hasItem(older)));
        given().header("Authorization", supervisor()).get("/vip-requests?state=closed&size=200").then()
                .body("items.id", hasItem(older));
        given().header("Authorization", agent()).get("/vip-requests").then().statusCode(403);
    }

    @Test
    void everyBadInputIsA400ProblemAndNothingIsWritten() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("leaderName", " ");
        body.put("callingNumber", "0909000111");
        body.put("callId", "no spaces allowed");
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(body).post("/vip-requests").then()
                .statusCode(400).contentType("application/problem+json").body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItems("leaderName", "requestType", "targetNumber", "callbackNumber", "callId"));

        body.put("leaderName", "Không Ai Cả");
        body.put("callingNumber", "12345");
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(body).post("/vip-requests").then()
                .statusCode(400).body("violations.field", hasItems("callingNumber"));

        given().header("Authorization", agent()).contentType(ContentType.JSON)
                .body(new VipIntakeRequest("Không Ai Cả", BUSINESS_NUMBER, VipRequestType.OTHER, PERSONAL_NUMBER, BUSINESS_NUMBER,
                        null, null, null, null))
                .post("/vip-requests").then().statusCode(400).body("violations.field", hasItems("note"));

        String id = receive(Leaders.cutLostPhone(BUSINESS_NUMBER, PERSONAL_NUMBER));
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of("action", "EXECUTE"))
                .post("/vip-requests/{id}/actions", id).then().statusCode(400).body("violations.field", hasItems("note"));
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of("action", "DANCE", "note", "x"))
                .post("/vip-requests/{id}/actions", id).then().statusCode(400).body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItems("action"));
        given().header("Authorization", supervisor()).get("/vip-requests?state=lost").then().statusCode(400)
                .body("violations.field", hasItems("state"));
        given().header("Authorization", supervisor()).get("/vip-requests?overdue=maybe").then().statusCode(400)
                .body("violations.field", hasItems("overdue"));
        given().header("Authorization", agent()).get("/vip-requests/{id}", UUID.randomUUID()).then().statusCode(404);

        try (Connection db = TestStack.db();
                ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM vip_request WHERE leader_name = 'Không Ai Cả'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
