package vn.mobifone.care.subscriberlookup.decree49;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.subscriberlookup.SeedText;

/** The Vietnamese the agent reads out is the seed's (seed 000, Decree-49 script), word for word. */
class Decree49GuidanceTest {

    /** Seed 000 as segmented there, compared through {@link SeedText#readable}. */
    private static final String GOLDEN = "ĐTV hướng_dẫn KH ra CH chính MF để ĐKTT hướng_dẫn thủ_tục theo qui_định .";
    private static final String EXPLANATION = "Dạ , thưa A / c theo dữ_liệu của Mobifone , hiên tại TB xxxx A / c đang sử_dụng có thông_tin "
            + "không trùng khớp với thông_tin của A / c . Theo Nghị_định 49 của Bộ Thông_tin và Truyền_thông , các TB di_động phải có "
            + "đầy_đủ thông_tin / giấy_tờ : Ảnh chân_dung , ảnh CMND / CCCD 2 mặt . TB A / c đang sử_dụng còn đang thiếu các giấy_tờ này "
            + "và không đúng tên chính chủ sử_dụng .";
    private static final String FEATURE_PHONE = "ĐTV mời KH ra các điểm giao_dịch của Mobifone và hướng_dẫn thủ_tục cần_thiết để KH "
            + "đăng_ký thông_tin .";
    private static final String SUPPORT = "Nếu cần thêm thông_tin hỗ_trợ trong quá_trình thực_hiện , A / c vui_lòng liên_hệ tổng_đài 9090";
    private static final List<String> APP_STEPS = List.of("Tải ứng_dụng My_Mobifone", "Mở ứng_dụng My_Mobifone",
            "Chọn mục \" \" Cập_nhật thông_tin thuê_bao \" \"",
            "Nhập các thông_tin theo hướng_dẫn trên màn_hình . Sau đó click vào dấu đồng_ý với các điều_khoản và xác_nhận .");
    private static final String UPDATE_9090_STEP_2 = "Đăng_nhập ứng_dụng My_MobiFone . Nhấn \" \" Cập_nhật thông_tin cá_nhân \" \" trên banner .";
    private static final String UPDATE_9090_STEP_4_FIELDS = "Họ và tên , Ngày_sinh , Địa_chỉ ( Tỉnh / Thành , Quận / Huyện , Phường / Xã , "
            + "Số nhà , đường . . ) , Quốc_tịch , Giới_tính , Ngành_nghề , Nghề_nghiệp , thông_tin giấy_tờ ( Loại giấy_tờ , nơi cấp , "
            + "ngày cấp , số giấy_tờ ) , thông_tin ảnh giấy_tờ ( mặt trước , mặt sau của CMND / CCCD , ảnh chân_dung )";
    private static final String APPROVAL = "Đối những TB KH up đầy_đủ chính_xác thì sẽ duyệt trong vòng 48h";

    @Test
    void aGoldenNumberIsSentToAMainStoreInTheSeedsWords() {
        assertThat(Decree49Guidance.GO_TO_MAIN_STORE.instructionsVi("0901234567")).isEqualTo(readable(GOLDEN));
    }

    @Test
    void aSmartphoneHearsTheSeedsExplanationAndTheFourAppSteps() {
        String script = Decree49Guidance.UPDATE_IN_APP.instructionsVi("0901234567");
        assertThat(script).startsWith(readable(EXPLANATION).replace("xxxx", "0901234567"));
        for (int step = 0; step < APP_STEPS.size(); step++) {
            assertThat(script).contains("Bước " + (step + 1) + ": " + readable(APP_STEPS.get(step)));
        }
        assertThat(script).endsWith(readable(SUPPORT) + ".");
        assertThat(Decree49Guidance.UPDATE_IN_APP.instructions("0901234567")).contains("0901234567", "Decree 49", "9090");
    }

    @Test
    void aFeaturePhoneIsInvitedToATransactionPoint() {
        String script = Decree49Guidance.GO_TO_STORE.instructionsVi("0901234567");
        assertThat(script).isEqualTo(readable(EXPLANATION).replace("xxxx", "0901234567") + " " + readable(FEATURE_PHONE) + " "
                + readable(SUPPORT) + ".");
    }

    @Test
    void theNineNineNineZeroGuideHasTheBannerOtpEveryFieldApprovalAndComplaintRoute() {
        InformationUpdate update = InformationUpdate.VIA_MY_MOBIFONE;
        assertThat(update.hotline()).isEqualTo("9090");
        assertThat(update.banner()).isEqualTo("Cập nhật thông tin cá nhân");
        assertThat(update.steps()).hasSize(5);
        assertThat(update.steps().get(1).vi()).isEqualTo("Bước 2: " + readable(UPDATE_9090_STEP_2));
        assertThat(update.steps().get(2).vi()).contains("mã OTP");
        assertThat(update.steps().get(3).vi()).isEqualTo("Bước 4: Cập nhật thông tin: " + readable(UPDATE_9090_STEP_4_FIELDS));
        assertThat(String.join(", ", update.fields().stream().map(InformationUpdate.Wording::vi).toList()))
                .isEqualTo(readable(UPDATE_9090_STEP_4_FIELDS));
        assertThat(update.fields()).allSatisfy(field -> assertThat(field.en()).isNotBlank());
        assertThat(update.approval().vi()).isEqualTo(readable(APPROVAL));
        assertThat(update.complaint().vi()).contains("nhập FB", "P. CSKH").doesNotContain("@");
    }

    /** The seed's written form, with the seed's slip in this passage corrected ("hiên tại"; see docs). */
    private static String readable(String segmented) {
        return SeedText.readable(segmented).replace("hiên tại", "hiện tại");
    }
}
