package vn.mobifone.care.consultation.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.mobifone.care.consultation.LookupStandIn.lookup;
import static vn.mobifone.care.consultation.vip.VipRequestTest.act;
import static vn.mobifone.care.consultation.vip.VipRequestTest.agent;
import static vn.mobifone.care.consultation.vip.VipRequestTest.receive;
import static vn.mobifone.care.consultation.vip.VipRequestTest.supervisor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.ConsultationFixtures;
import vn.mobifone.care.consultation.promotion.PaymentType;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.time.CareClock;

/** Seed 001 step 2 over HTTP: both numbers read from the lookup, then each way out of the check. */
@QuarkusTest
class VipCheckTest {

    @Inject
    CareClock clock;

    @AfterEach
    void reset() {
        lookup().healthy();
        clock.reset();
    }

    static ValidatableResponse check(String id) {
        return RestAssured.given().header("Authorization", agent()).post("/vip-requests/{id}/checks", id).then();
    }

    /** The {@code sub} claim of a forwarded {@code Bearer <jwt>}. */
    private static String subject(String authorization) {
        String payload = new String(Base64.getUrlDecoder().decode(authorization.substring("Bearer ".length()).split("\\.")[1]),
                StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }

    /** The leader's business number: the company prefix, the leader's name and title; the lookup calls it internal VIP. */
    private static Msisdn businessNumber() {
        return Msisdn.parse(ConsultationFixtures.line(ConsultationFixtures.newMsisdn(), Leaders.BUSINESS_NAME, "POSTPAID", "ACTIVE_2C",
                500_000, null, false, true));
    }

    private static Msisdn ordinaryLine(String owner, String paymentType, String status) {
        return Msisdn.parse(ConsultationFixtures.line(ConsultationFixtures.newMsisdn(), owner, paymentType, status, 150_000, null, false, false));
    }

    @Test
    void aBusinessNumberWhoseRequestMatchesIsVerifiedExecutedAndCalledBackWithTheResult() {
        Msisdn business = businessNumber();
        Msisdn lost = ordinaryLine(Leaders.NAME, "PREPAID", "ACTIVE_2C");
        String id = receive(Leaders.cutLostPhone(business, lost));

        check(id).statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("callingIsBusiness", equalTo(true))
                .body("outcomeReason", equalTo("matches"))
                .body("mismatches", equalTo(List.of()))
                .body("task.kind", equalTo("EXECUTE"))
                .body("steps.step", equalTo(List.of("received", "checked")));
        // Both reads under the agent's own token and the call the request came from, so the lookup audits them.
        assertThat(lookup().requestsFor(business.value())).singleElement().satisfies(r -> assertThat(r.callId()).isEqualTo("CALL-VIP-1"));
        assertThat(lookup().requestsFor(lost.value())).singleElement().satisfies(r -> assertThat(subject(r.authorization())).isEqualTo("A001"));

        act(id, VipAction.EXECUTE, "Line cut for loss").statusCode(200)
                .body("state", equalTo("EXECUTED"))
                .body("task.kind", equalTo("RESULT_CALLBACK"))
                .body("task.callTo", equalTo(business.value()))
                .body("task.text", containsString("Line cut for loss"));
        act(id, VipAction.RESULT_CALLED_BACK, "Told the leader").statusCode(200).body("state", equalTo("CLOSED")).body("task", nullValue());
        check(id).statusCode(409).body("reason", equalTo("already-checked"));
    }

    @Test
    void aCallFromANumberThatIsNotABusinessNumberGoesToQualityManagement() {
        Msisdn caller = ordinaryLine("Nguyễn Văn Tâm", "PREPAID", "ACTIVE_2C");
        String id = receive(Leaders.cutLostPhone(caller, ordinaryLine(Leaders.NAME, "PREPAID", "ACTIVE_2C")));

        check(id).statusCode(200)
                .body("state", equalTo("QUALITY_MANAGEMENT"))
                .body("callingIsBusiness", equalTo(false))
                .body("outcomeReason", equalTo("not-a-business-number"))
                .body("task.kind", equalTo("QUALITY_MANAGEMENT"))
                .body("task.text", containsString("quality-management team (QLCL)"));
        act(id, VipAction.EXECUTE, "not yet").statusCode(409).body("reason", equalTo("invalid-transition"));
    }

    @Test
    void aLeaderWhoLostThePhoneAndCallsFromAnotherNumberToCutTheBusinessOneGoesToQualityManagement() {
        Msisdn business = businessNumber();
        Msisdn borrowed = ordinaryLine("Phạm Thị Lan", "PREPAID", "ACTIVE_2C");
        String id = receive(Leaders.cutLostPhone(borrowed, business));

        check(id).statusCode(200)
                .body("state", equalTo("QUALITY_MANAGEMENT"))
                .body("outcomeReason", equalTo("lost-phone-cut-from-another-number"))
                .body("task.text", containsString("cut the business number " + business.national()));
    }

    @Test
    void aRequestThatDoesNotMatchTheDataBecomesACallBackSayingExactlyWhatDoesNotMatch() {
        Msisdn business = businessNumber();
        Msisdn target = ordinaryLine("Nguyễn Thị Hoa", "POSTPAID", "ACTIVE_2C");
        String id = receive(new VipIntakeRequest(Leaders.NAME, business, VipRequestType.REOPEN_UNPAID_OR_RED_BILL, target, business,
                "Trần Văn Khoa", PaymentType.PREPAID, null, "CALL-VIP-3"));

        check(id).statusCode(200)
                .body("state", equalTo("MISMATCH_CALLBACK"))
                .body("outcomeReason", equalTo("data-mismatch"))
                .body("mismatches.field", equalTo(List.of("ownerName", "paymentType", "status")))
                .body("task.kind", equalTo("MISMATCH_CALLBACK"))
                .body("task.callTo", equalTo(business.value()))
                .body("task.text", containsString("The owner name of " + target.national() + " on record is not Trần Văn Khoa"))
                .body("task.text", containsString(target.national() + " is POSTPAID, not PREPAID"))
                .body("task.text", containsString(target.national() + " is not blocked"))
                // The call-back says the name differs; it does not read out whose name the number carries.
                .body("task.text", not(containsString("Nguyễn Thị Hoa")));
    }

    @Test
    void aTargetNumberOutsideTheBaseIsAMismatch() {
        Msisdn business = businessNumber();
        Msisdn unknown = Msisdn.parse(ConsultationFixtures.notInBase());
        String id = receive(Leaders.cutLostPhone(business, unknown));

        check(id).statusCode(200)
                .body("state", equalTo("MISMATCH_CALLBACK"))
                .body("mismatches.field", equalTo(List.of("targetNumber")))
                .body("task.text", containsString(unknown.national() + " is not a subscriber in MobiFone's base"));
    }

    @Test
    void aCheckedRequestStillOpenPastTheConfiguredWaitIsFlaggedInTheQueue() {
        String id = receive(Leaders.cutLostPhone(businessNumber(), ordinaryLine(Leaders.NAME, "PREPAID", "ACTIVE_2C")));
        check(id).statusCode(200).body("state", equalTo("VERIFIED")).body("overdue", equalTo(false));

        clock.advance(Duration.ofMinutes(29));
        RestAssured.given().header("Authorization", supervisor()).get("/vip-requests?overdue=true&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        clock.advance(Duration.ofMinutes(2));
        RestAssured.given().header("Authorization", supervisor()).get("/vip-requests?overdue=true&size=200").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.overdue", equalTo(true))
                .body("items.find { it.id == '" + id + "' }.state", equalTo("VERIFIED"));
    }

    @Test
    void whenTheLookupIsDownTheCheckIsA503AndTheRequestWaitsForAnotherTry() {
        String id = receive(Leaders.cutLostPhone(businessNumber(), ordinaryLine(Leaders.NAME, "PREPAID", "ACTIVE_2C")));
        lookup().failing(503);

        check(id).statusCode(503).contentType("application/problem+json").body("reason", equalTo("subscriber-lookup-unavailable"));
        assertThat(VipRequestTest.get(id).getString("state")).isEqualTo("RECEIVED");

        lookup().healthy();
        // Once the breaker lets reads through again the same check goes on.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> check(id).statusCode(200).body("state", equalTo("VERIFIED")));
        check(UUID.randomUUID().toString()).statusCode(404);
    }
}
