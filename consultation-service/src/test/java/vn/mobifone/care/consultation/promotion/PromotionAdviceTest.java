package vn.mobifone.care.consultation.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.mobifone.care.consultation.ConsultationFixtures.asAgent;
import static vn.mobifone.care.consultation.LookupStandIn.lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.ConsultationFixtures;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;

/**
 * Seed 001's promotion rules over HTTP: the subscriber as the lookup answers it, the catalogue as
 * supervisors keep it. Each test runs on a day of its own, far from the other classes' entries,
 * and removes what it added.
 */
@QuarkusTest
class PromotionAdviceTest {

    private static final LocalDate DAY = LocalDate.of(2033, 6, 15);

    @Inject
    CareClock clock;

    private final List<String> added = new ArrayList<>();

    @BeforeEach
    void moveToTheTestDay() {
        clock.setTo(DAY.atTime(10, 0).atZone(CareClock.ZONE).toInstant());
    }

    @AfterEach
    void removeEntriesAndResetClock() {
        added.forEach(id -> io.restassured.RestAssured.given().header("Authorization", TestStack.bearer(Roles.SUPERVISOR, "S001"))
                .delete("/promotions/{id}", id).then().statusCode(204));
        added.clear();
        clock.reset();
    }

    private void catalogue(Promotions.Entry... entries) {
        for (Promotions.Entry entry : entries) {
            added.add(PromotionCatalogueTest.create(entry.request()).statusCode(201).extract().path("id"));
        }
    }

    /** Running from ten days before the test day for a month. */
    private static Promotions.Entry entry(String code) {
        return Promotions.data(code).period(DAY.minusDays(10), DAY.plusDays(20));
    }

    private static ValidatableResponse advice(String msisdn, String... query) {
        RequestSpecification request = asAgent("A001").queryParam("callId", "CALL-ADVICE-1");
        for (int i = 0; i + 1 < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/subscribers/{msisdn}/promotion-advice", msisdn).then();
    }

    private static String prepaid() {
        return ConsultationFixtures.subscriber("PREPAID", 150_000, null, false);
    }

    @Test
    void ofSeveralExclusivePromotionsOnlyTheHighestValueOneIsPresentedAndThoseThatAllApplyAreAll() {
        catalogue(entry("ADV-DATA-5GB").group("adv-first-topup").value(50_000),
                entry("ADV-DATA-10GB").group("adv-first-topup").value(90_000),
                entry("ADV-DATA-NIGHT").value(20_000));

        advice(prepaid(), "service", "data").statusCode(200)
                .body("service", equalTo("DATA"))
                .body("on", equalTo(DAY.toString()))
                .body("promotions.code", equalTo(List.of("ADV-DATA-10GB", "ADV-DATA-NIGHT")))
                .body("outranked", equalTo(List.of("ADV-DATA-5GB")))
                .body("promotions[0].benefits", equalTo("5GB data su dung trong 30 ngay"))
                .body("promotions[0].conditions", containsString("Dang ky"))
                .body("promotions[0].startsOn", equalTo(DAY.minusDays(10).toString()))
                .body("promotions[0].endsOn", equalTo(DAY.plusDays(20).toString()))
                .body("alternatives", empty());
    }

    @Test
    void theSubscribersPaymentTypeArpuAndPackageFromTheLookupDecideEligibility() {
        catalogue(entry("ADV-RICH").arpu(200_000L, null), entry("ADV-C90N").packages("C90N"),
                entry("ADV-POSTPAID").paymentTypes(PaymentType.POSTPAID));

        advice(ConsultationFixtures.subscriber("PREPAID", 150_000, "C90N", false), "service", "DATA").statusCode(200)
                .body("promotions.code", equalTo(List.of("ADV-C90N")));
        advice(ConsultationFixtures.subscriber("POSTPAID", 250_000, null, false), "service", "DATA").statusCode(200)
                .body("promotions.code", equalTo(List.of("ADV-POSTPAID", "ADV-RICH")));
    }

    @Test
    void nothingRunningForTheQuestionOffersOtherPromotionsAndCareProgrammesAndNamesWhatEnded() {
        catalogue(entry("ADV-VOICE-OLD").services("VOICE").period(DAY.minusDays(40), DAY.minusDays(5)),
                entry("ADV-DATA-5GB"),
                entry("ADV-KNDL").kind(PromotionKind.CARE_PROGRAMME).services());

        advice(prepaid(), "service", "VOICE").statusCode(200)
                .body("promotions", empty())
                .body("ended.code", equalTo(List.of("ADV-VOICE-OLD")))
                .body("ended[0].endedOn", equalTo(DAY.minusDays(5).toString()))
                .body("alternatives.code", equalTo(List.of("ADV-DATA-5GB", "ADV-KNDL")))
                .body("alternativesWithheld", nullValue());
    }

    @Test
    void aDifficultCustomerOrOneWithoutPurposeGetsNoExtraPromotions() {
        catalogue(entry("ADV-DATA-5GB"));
        String msisdn = prepaid();

        advice(msisdn, "service", "VOICE", "flag", "DIFFICULT_CUSTOMER").statusCode(200)
                .body("alternatives", empty()).body("alternativesWithheld", equalTo("difficult-customer"));
        advice(msisdn, "service", "VOICE", "flag", "no-purpose").statusCode(200)
                .body("alternatives", empty()).body("alternativesWithheld", equalTo("no-purpose"));
        advice(msisdn, "service", "DATA", "flag", "DIFFICULT_CUSTOMER").statusCode(200)
                .body("promotions.code", equalTo(List.of("ADV-DATA-5GB")));
    }

    @Test
    void onThreeGoldenDaysOnlyTheAskedServiceAndItsPromotionAreGiven() {
        catalogue(entry("ADV-TOPUP-3NV").services("TOPUP").goldenDaysTopUp().period(DAY, DAY.plusDays(2)), entry("ADV-DATA-5GB"));
        String msisdn = prepaid();

        advice(msisdn, "service", "VOICE").statusCode(200)
                .body("goldenDays", equalTo(true))
                .body("promotions", empty())
                .body("alternatives", empty())
                .body("alternativesWithheld", equalTo("golden-days"));
        advice(msisdn, "service", "DATA").statusCode(200)
                .body("promotions.code", equalTo(List.of("ADV-DATA-5GB")));

        clock.setTo(DAY.plusDays(3).atTime(10, 0).atZone(CareClock.ZONE).toInstant());
        advice(msisdn, "service", "VOICE").statusCode(200)
                .body("goldenDays", equalTo(false))
                .body("alternatives.code", equalTo(List.of("ADV-DATA-5GB")));
    }

    @Test
    void aReferenceOnlyEntryCarriesTheWarningAndTheDayToCallBack() {
        catalogue(entry("ADV-DATA-TET").referenceOnly().period(DAY.plusDays(40), DAY.plusDays(60)));

        advice(prepaid(), "service", "DATA").statusCode(200)
                .body("promotions.code", equalTo(List.of("ADV-DATA-TET")))
                .body("promotions[0].referenceOnly", equalTo(true))
                .body("promotions[0].callBackOn", equalTo(DAY.plusDays(40).toString()))
                .body("promotions[0].notices.code", equalTo(List.of("reference-only")))
                .body("promotions[0].notices[0].vi", containsString("chưa có công văn chính thức"))
                .body("promotions[0].notices[0].vi", containsString("gọi lại vào ngày 25/07/2033"));
    }

    @Test
    void prepaidOnNetCallPromotionsCarryTheVinaPhoneDomesticRoamingExclusion() {
        catalogue(entry("ADV-ONNET").services("VOICE").onNetCalls());

        advice(prepaid(), "service", "VOICE").statusCode(200)
                .body("promotions[0].notices.code", equalTo(List.of("vinaphone-domestic-roaming")))
                .body("promotions[0].notices[0].vi", containsString("Roaming trong nước với VinaPhone sẽ KHÔNG được hưởng"));
        advice(ConsultationFixtures.subscriber("POSTPAID", 150_000, null, false), "service", "VOICE").statusCode(200)
                .body("promotions.code", equalTo(List.of("ADV-ONNET")))
                .body("promotions[0].notices", empty());
    }

    @Test
    void aPremiumCustomerOn18001090IsFlaggedForPriorityHandling() {
        String premium = ConsultationFixtures.subscriber("POSTPAID", 900_000, null, true);

        advice(premium, "line", "18001090").statusCode(200).body("premium", equalTo(true)).body("priorityHandling", equalTo(true));
        advice(premium, "line", "1090").statusCode(200).body("premium", equalTo(true)).body("priorityHandling", equalTo(false));
        advice(prepaid(), "line", "18001090").statusCode(200).body("premium", equalTo(false)).body("priorityHandling", equalTo(false));
        advice(prepaid(), "line", "18001090", "flag", "CALLER_PREMIUM").statusCode(200)
                .body("premium", equalTo(true)).body("priorityHandling", equalTo(true));
    }

    @Test
    void theLookupIsReadUnderTheAgentsTokenWithTheCallId() {
        String msisdn = prepaid();

        advice(msisdn).statusCode(200);

        assertThat(lookup().requestsFor(msisdn)).singleElement().satisfies(r -> {
            assertThat(r.callId()).isEqualTo("CALL-ADVICE-1");
            assertThat(r.authorization()).startsWith("Bearer ");
        });
    }

    @Test
    void anotherNetworksNumberOrAnUnacknowledgedIncompleteSubscriberGetsNoAdvice() {
        advice(ConsultationFixtures.portedOut()).statusCode(422).contentType("application/problem+json")
                .body("reason", equalTo("other-network"));
        advice(ConsultationFixtures.notInBase()).statusCode(422).body("reason", equalTo("other-network"));
        advice(ConsultationFixtures.decree49Withheld(false)).statusCode(409).body("reason", equalTo("decree49-acknowledgement-required"));
    }

    @Test
    void badInputIsA400ProblemWithItsViolationsAndNothingIsLookedUp() {
        String msisdn = prepaid();
        asAgent("A001").queryParam("line", "1234").queryParam("service", "no spaces").queryParam("flag", "ANGRY")
                .get("/subscribers/{msisdn}/promotion-advice", msisdn).then()
                .statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItems("callId", "line", "service"));
        advice(msisdn, "flag", "ANGRY").statusCode(400).body("violations.field", hasItems("flag"));
        advice("12345").statusCode(400).contentType("application/problem+json");
        assertThat(lookup().requestsFor(msisdn)).isEmpty();

        io.restassured.RestAssured.given().queryParam("callId", "CALL-1").get("/subscribers/{msisdn}/promotion-advice", msisdn)
                .then().statusCode(401);
        io.restassured.RestAssured.given().header("Authorization", TestStack.bearer(Roles.OPS, "O001")).queryParam("callId", "CALL-1")
                .get("/subscribers/{msisdn}/promotion-advice", msisdn).then().statusCode(403);
    }
}
