package vn.mobifone.care.consultation.appinstall;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.mobifone.care.consultation.ConsultationFixtures.consult;
import static vn.mobifone.care.consultation.ConsultationFixtures.request;
import static vn.mobifone.care.consultation.ConsultationFixtures.screen;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mobifone.care.consultation.ConsultationFixtures;

/** Each state of the consult box, and each refusal of seed 000's "Đối tượng tư vấn", on the screen and on save. */
@QuarkusTest
class AppConsultationScreenTest {

    @Test
    void aSmartphoneWithoutTheAppGetsTheGreyBoxAndTheIntroduction() {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        screen(msisdn, "A001").statusCode(200)
                .body("msisdn", equalTo(msisdn))
                .body("smartphone", equalTo(true))
                .body("appInstalled", equalTo(false))
                .body("box.state", equalTo("AVAILABLE"))
                .body("pitch.vi", containsString("Em sẽ gửi tin nhắn chứa link cho A/C cài app nhé"))
                .body("appFeatures", hasSize(0))
                .body("history", hasSize(0));
    }

    @Test
    void anInstalledAppShowsTheRedTickWithItsDateAndTheFeaturesToPresent() {
        String msisdn = ConsultationFixtures.smartphoneWithApp();
        screen(msisdn, "A001").statusCode(200)
                .body("box.state", equalTo("ALREADY_INSTALLED"))
                .body("appInstalled", equalTo(true))
                .body("appInstalledOn", equalTo("2026-10-04"))
                .body("appFeatures", hasSize(6))
                .body("appFeatures[0].vi", equalTo("Tự tạo gói theo nhu cầu"))
                .body("pitch", nullValue());
        consult(request(msisdn, "SMS"), "A001").statusCode(409).body("reason", equalTo("app-already-installed"));
    }

    @Test
    void aFeaturePhoneIsGreetedAndTheCallEnds() {
        String msisdn = ConsultationFixtures.featurePhone();
        screen(msisdn, "A001").statusCode(200).body("box.state", equalTo("NOT_SMARTPHONE")).body("smartphone", equalTo(false));
        consult(request(msisdn, "WEB"), "A001").statusCode(422).body("reason", equalTo("not-smartphone"));
    }

    @Test
    void aNumberOutsideTheBaseIsAnotherNetworks() {
        String msisdn = ConsultationFixtures.notInBase();
        screen(msisdn, "A001").statusCode(200).body("box.state", equalTo("NOT_ELIGIBLE")).body("box.reason", equalTo("other-network"));
        consult(request(msisdn, "SMS"), "A001").statusCode(422).body("reason", equalTo("other-network"));
    }

    @Test
    void aPortedOutNumberIsAnotherNetworksAndAPortedInOneIsMobiFones() {
        screen(ConsultationFixtures.portedOut(), "A001").statusCode(200).body("box.reason", equalTo("other-network"));
        String portedIn = ConsultationFixtures.portedIn();
        screen(portedIn, "A001").statusCode(200).body("box.state", equalTo("AVAILABLE"));
        consult(request(portedIn, "SMS"), "A001").statusCode(201);
    }

    @ParameterizedTest
    @CsvSource({
            "callReason, COMPLAINT, customer-complaint",
            "callReason, LOST_PHONE, urgent-case",
            "callReason, CUT_OFF, urgent-case",
            "callReason, MNP, mnp-question",
            "callReason, UNRELATED, unrelated-question",
            "flag, DIFFICULT_CUSTOMER, difficult-customer",
            "flag, HOT_PROMOTIONS_GIVEN, hot-promotions-given"})
    void everyRefusalHasItsOwnReason(String field, String value, String reason) {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        screen(msisdn, "A001", field, value).statusCode(200)
                .body("box.state", equalTo("NOT_ELIGIBLE"))
                .body("box.reason", equalTo(reason));
        Map<String, Object> body = request(msisdn, "SMS");
        body.put(field.equals("flag") ? "flags" : field, field.equals("flag") ? List.of(value) : value);
        consult(body, "A001").statusCode(422).contentType("application/problem+json").body("reason", equalTo(reason));
        screen(msisdn, "A001").statusCode(200).body("history", hasSize(0));
    }

    @Test
    void aServiceQuestionOnTheTollFreeLineIsTransferredTo1090() {
        String msisdn = ConsultationFixtures.smartphoneWithoutApp();
        screen(msisdn, "A001", "line", "18001090").statusCode(200)
                .body("box.state", equalTo("NOT_ELIGIBLE"))
                .body("box.reason", equalTo("wrong-line"))
                .body("box.transferTo", equalTo("1090"));
        Map<String, Object> body = request(msisdn, "WEB");
        body.put("line", "18001090");
        consult(body, "A001").statusCode(422).body("reason", equalTo("wrong-line")).body("detail", containsString("1090"));
        screen(msisdn, "A001", "line", "9090").statusCode(200).body("box.state", equalTo("AVAILABLE"));
    }

    @Test
    void anIncompleteSubscriberNeedsTheLookupsAcknowledgementFirst() {
        String msisdn = ConsultationFixtures.decree49Withheld(false);
        screen(msisdn, "A001").statusCode(409).body("reason", equalTo("decree49-acknowledgement-required"));
        consult(request(msisdn, "SMS"), "A001").statusCode(409).body("reason", equalTo("decree49-acknowledgement-required"));
    }

    @Test
    void badInputIsA400WithItsViolations() {
        Map<String, Object> body = request("0901", "FAX");
        body.remove("idempotencyKey");
        body.put("line", "113");
        consult(body, "A001").statusCode(400).contentType("application/problem+json");
        Map<String, Object> noKey = request(ConsultationFixtures.smartphoneWithoutApp(), "SMS");
        noKey.remove("idempotencyKey");
        noKey.put("line", "113");
        consult(noKey, "A001").statusCode(400).body("reason", equalTo("validation-failed"))
                .body("violations.field", org.hamcrest.Matchers.hasItems("idempotencyKey", "line"));
        screen(ConsultationFixtures.smartphoneWithoutApp(), "A001", "callReason", "GOSSIP").statusCode(400)
                .body("violations[0].field", equalTo("callReason"));
        screen("12345", "A001").statusCode(400);
    }
}
