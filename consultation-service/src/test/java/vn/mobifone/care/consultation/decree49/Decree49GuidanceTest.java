package vn.mobifone.care.consultation.decree49;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.mobifone.care.consultation.ConsultationFixtures.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.ConsultationFixtures;

/** Every branch of seed 000's Decree-49 script, on both lines, behind the lookup's acknowledgement. */
@QuarkusTest
class Decree49GuidanceTest {

    @Test
    void aCompleteSubscriberLetsTheCallContinue() {
        guidance(ConsultationFixtures.smartphoneWithoutApp(), "1090").statusCode(200)
                .body("scenario", equalTo("COMPLETE"))
                .body("say.vi", containsString("ĐTV tiếp tục trả lời, tư vấn, cung cấp thông tin cho KH"))
                .body("steps", hasSize(0));
    }

    @Test
    void anIncompleteGoldenNumberGoesToAMainStore() {
        guidance(ConsultationFixtures.decree49Acknowledged(true, true), "1090").statusCode(200)
                .body("scenario", equalTo("GOLDEN_NUMBER_MAIN_STORE"))
                .body("goldenNumber", equalTo(true))
                .body("say.vi", containsString("ra CH chính MF để ĐKTT"));
    }

    @Test
    void anIncompleteSmartphoneIsWalkedThroughTheApp() {
        guidance(ConsultationFixtures.decree49Acknowledged(false, true), "1090").statusCode(200)
                .body("scenario", equalTo("UPDATE_IN_APP"))
                .body("missing", hasItem("PORTRAIT"))
                .body("say.vi", containsString("Theo Nghị định 49 của Bộ Thông tin và Truyền thông"))
                .body("steps", hasSize(4))
                .body("steps[2].vi", equalTo("Chọn mục \"Cập nhật thông tin thuê bao\""))
                .body("steps[2].en", containsString("update subscriber information"))
                .body("notes[0].vi", containsString("các điểm giao dịch của Mobifone"));
    }

    @Test
    void anIncompleteFeaturePhoneGoesToAStoreWith9090ForHelp() {
        guidance(ConsultationFixtures.decree49Acknowledged(false, false), "1090").statusCode(200)
                .body("scenario", equalTo("FEATURE_PHONE_STORE"))
                .body("steps", hasSize(0))
                .body("notes.vi", hasItem(containsString("liên hệ tổng đài 9090")));
    }

    @Test
    void aCallerOn9090AskingHowToUpdateGetsTheAppStepsWithTheOtpAndEveryField() {
        guidance(ConsultationFixtures.decree49Acknowledged(false, true), "9090").statusCode(200)
                .body("scenario", equalTo("UPDATE_REQUEST_9090"))
                .body("steps", hasSize(5))
                .body("steps[0].vi", containsString("mbf.vn/appdl"))
                .body("steps[1].vi", containsString("\"Cập nhật thông tin cá nhân\" trên banner"))
                .body("steps[2].vi", containsString("Nhập mã OTP"))
                .body("steps[3].vi", containsString("Quốc tịch, Giới tính, Ngành nghề, Nghề nghiệp"))
                .body("steps[3].vi", containsString("mặt trước, mặt sau của CMND/CCCD, ảnh chân dung"))
                .body("notes[0].vi", containsString("duyệt trong vòng 48h"))
                .body("notes[1].vi", containsString("nhập FB"));
        guidance(ConsultationFixtures.smartphoneWithoutApp(), "9090").statusCode(200).body("scenario", equalTo("UPDATE_REQUEST_9090"));
    }

    @Test
    void noGuidanceOnAnIncompleteSubscriberBeforeTheAcknowledgement() {
        guidance(ConsultationFixtures.decree49Withheld(false), "1090").statusCode(409)
                .body("reason", equalTo("decree49-acknowledgement-required"));
        guidance(ConsultationFixtures.decree49Withheld(true), "9090").statusCode(409)
                .body("reason", equalTo("decree49-acknowledgement-required"));
    }

    @Test
    void anotherNetworksNumberAndABadLineAreRefused() {
        guidance(ConsultationFixtures.notInBase(), "1090").statusCode(422).body("reason", equalTo("other-network"));
        guidance(ConsultationFixtures.smartphoneWithoutApp(), "18001090").statusCode(400).body("violations[0].field", equalTo("line"));
        asAgent("A001").queryParam("callId", "CALL-1").get("/subscribers/" + ConsultationFixtures.smartphoneWithoutApp() + "/decree49-guidance")
                .then().statusCode(400).body("violations[0].field", equalTo("line"));
    }

    private static ValidatableResponse guidance(String msisdn, String line) {
        return asAgent("A001").queryParam("callId", "CALL-D49").queryParam("line", line)
                .get("/subscribers/" + msisdn + "/decree49-guidance").then();
    }
}
