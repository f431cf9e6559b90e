package vn.mobifone.care.subscriberlookup.decree49;

/**
 * What the agent tells a customer whose identity is incomplete: seed 000, Decree-49 script,
 * "Tình huống 1" (a call to 1090 about something else), in the seed's Vietnamese words, which the
 * agent reads to the customer, with the English alongside. {@code {tb}} stands for the number.
 */
public enum Decree49Guidance {

    GO_TO_MAIN_STORE(
            "ĐTV hướng dẫn KH ra CH chính MF để ĐKTT hướng dẫn thủ tục theo qui định.",
            "Golden number: the agent sends the customer to a main MobiFone store to register the information, and explains the "
                    + "procedure the rules require."),
    UPDATE_IN_APP(
            Script.EXPLANATION_VI + " Để bảo đảm quyền lợi của A/c trong suốt quá trình sử dụng dịch vụ và tuân thủ theo Nghị định của "
                    + "Chính phủ, em xin hướng dẫn A/c thực hiện bổ sung online các giấy tờ còn thiếu: Bước 1: Tải ứng dụng My Mobifone. "
                    + "Bước 2: Mở ứng dụng My Mobifone. Bước 3: Chọn mục \"Cập nhật thông tin thuê bao\". Bước 4: Nhập các thông tin theo "
                    + "hướng dẫn trên màn hình. Sau đó click vào dấu đồng ý với các điều khoản và xác nhận. A/c làm theo hướng dẫn giúp em "
                    + "để bổ sung thông tin kịp thời, hệ thống sẽ phản hồi kết quả cập nhật/bổ sung của A/c. Nếu không bổ sung online A/c "
                    + "có thể thực hiện tại các điểm giao dịch của Mobifone ạ! " + Script.SUPPORT_VI,
            Script.EXPLANATION_EN + " To protect your rights while you use the service and to comply with the Government's decree, let "
                    + "me guide you to add the missing documents online: step 1, download the My MobiFone app; step 2, open it; step 3, "
                    + "choose \"Cập nhật thông tin thuê bao\" (update subscriber information); step 4, enter the information as the "
                    + "screen guides you, then tick to accept the terms and confirm. Please follow these steps to add your information in "
                    + "time; the system will answer with the result of your update. If you do not update online, you can do it at any "
                    + "MobiFone transaction point. " + Script.SUPPORT_EN),
    GO_TO_STORE(
            Script.EXPLANATION_VI + " ĐTV mời KH ra các điểm giao dịch của Mobifone và hướng dẫn thủ tục cần thiết để KH đăng ký thông tin. "
                    + Script.SUPPORT_VI,
            Script.EXPLANATION_EN + " Feature phone: the agent invites the customer to a MobiFone transaction point and explains the "
                    + "procedure to register the information. " + Script.SUPPORT_EN);

    private final String vietnamese;
    private final String english;

    Decree49Guidance(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The English, for agents and integrators who do not read Vietnamese. */
    public String instructions(String nationalNumber) {
        return english.replace(Script.NUMBER, nationalNumber);
    }

    /** What the agent reads to the customer. */
    public String instructionsVi(String nationalNumber) {
        return vietnamese.replace(Script.NUMBER, nationalNumber);
    }

    /** Golden numbers go to a main store whatever the device; otherwise the device decides. */
    public static Decree49Guidance forIncomplete(boolean goldenNumber, boolean smartphone) {
        if (goldenNumber) {
            return GO_TO_MAIN_STORE;
        }
        return smartphone ? UPDATE_IN_APP : GO_TO_STORE;
    }

    /** The parts both non-golden answers share. */
    private static final class Script {

        static final String NUMBER = "{tb}";

        static final String EXPLANATION_VI = "Dạ, thưa A/c theo dữ liệu của Mobifone, hiện tại TB " + NUMBER + " A/c đang sử dụng có thông "
                + "tin không trùng khớp với thông tin của A/c. Theo Nghị định 49 của Bộ Thông tin và Truyền thông, các TB di động phải có "
                + "đầy đủ thông tin/giấy tờ: Ảnh chân dung, ảnh CMND/CCCD 2 mặt. TB A/c đang sử dụng còn đang thiếu các giấy tờ này và "
                + "không đúng tên chính chủ sử dụng.";
        static final String EXPLANATION_EN = "According to MobiFone's data, the subscription " + NUMBER + " you are using has information "
                + "that does not match yours. Under Decree 49 of the Ministry of Information and Communications, every mobile "
                + "subscription must have full information and documents: a portrait photo and both sides of the CMND/CCCD. Your "
                + "subscription still lacks these documents and is not in the true owner's name.";
        static final String SUPPORT_VI = "Nếu cần thêm thông tin hỗ trợ trong quá trình thực hiện, A/c vui lòng liên hệ tổng đài 9090.";
        static final String SUPPORT_EN = "If you need more help along the way, please call 9090.";

        private Script() {
        }
    }
}
