package vn.mobifone.care.consultation.decree49;

import java.util.List;
import vn.mobifone.care.consultation.Script;

/**
 * The seed-000 texts of the Decree-49 script, word for word (the seed's word-segmentation marks
 * removed); the English beside them is a translation for readers, not for customers.
 */
final class Decree49Script {

    static final Script CONTINUE = new Script(
            "TB đã được cập nhật đầy đủ thông tin theo Nghị định 49 >> ĐTV tiếp tục trả lời, tư vấn, cung cấp thông tin cho KH.",
            "The subscription's information is complete under Decree 49 >> carry on answering, advising and informing the customer.");

    static final Script MAIN_STORE = new Script(
            "Số KH thuộc diện số đẹp => ĐTV hướng dẫn KH ra CH chính MF để ĐKTT, hướng dẫn thủ tục theo qui định.",
            "The customer's number is a golden number => direct the customer to a main MobiFone store to register the "
                    + "information, and explain the procedure as regulated.");

    static final Script MISSING_DOCUMENTS = new Script(
            "Dạ, thưa A/c theo dữ liệu của Mobifone, hiện tại TB xxxx A/c đang sử dụng có thông tin không trùng khớp với thông tin "
                    + "của A/c. Theo Nghị định 49 của Bộ Thông tin và Truyền thông, các TB di động phải có đầy đủ thông tin/giấy tờ: "
                    + "Ảnh chân dung, ảnh CMND/CCCD 2 mặt. TB A/c đang sử dụng còn đang thiếu các giấy tờ này và không đúng tên chính "
                    + "chủ sử dụng. Để bảo đảm quyền lợi của A/c trong suốt quá trình sử dụng dịch vụ và tuân thủ theo Nghị định của "
                    + "Chính phủ, em xin hướng dẫn A/c thực hiện bổ sung online các giấy tờ còn thiếu:",
            "According to MobiFone's data, the information of subscription xxxx you are using does not match yours. Under Decree 49 "
                    + "of the Ministry of Information and Communications, mobile subscriptions must carry full information and "
                    + "documents: a portrait photo and both sides of the ID card. Your subscription still lacks these documents and is "
                    + "not in the owner's name. To protect your rights while you use the service and to comply with the Government's "
                    + "decree, let me guide you to add the missing documents online:");

    static final List<Step> APP_STEPS = List.of(
            new Step(1, "Tải ứng dụng My MobiFone", "Download the My MobiFone app"),
            new Step(2, "Mở ứng dụng My MobiFone", "Open the My MobiFone app"),
            new Step(3, "Chọn mục \"Cập nhật thông tin thuê bao\"", "Choose \"Cập nhật thông tin thuê bao\" (update subscriber information)"),
            new Step(4, "Nhập các thông tin theo hướng dẫn trên màn hình. Sau đó click vào dấu đồng ý với các điều khoản và xác nhận.",
                    "Enter the information as the screen guides. Then tick to accept the terms and confirm."));

    static final Script APP_CLOSING = new Script(
            "A/c làm theo hướng dẫn giúp em để bổ sung thông tin kịp thời, hệ thống sẽ phản hồi kết quả cập nhật/bổ sung của A/c. "
                    + "Nếu không bổ sung online A/c có thể thực hiện tại các điểm giao dịch của Mobifone ạ!",
            "Please follow these steps to add the information in time; the system will answer with the result of your update. "
                    + "If you do not add it online, you can do it at MobiFone's points of sale.");

    static final Script FEATURE_PHONE = new Script(
            "ĐTV mời KH ra các điểm giao dịch của Mobifone và hướng dẫn thủ tục cần thiết để KH đăng ký thông tin.",
            "Invite the customer to a MobiFone point of sale and explain the procedure needed to register the information.");

    static final Script CALL_9090 = new Script(
            "Nếu cần thêm thông tin hỗ trợ trong quá trình thực hiện, A/c vui lòng liên hệ tổng đài 9090.",
            "If you need more help along the way, please call 9090.");

    static final Script UPDATE_9090 = new Script(
            "Để cập nhật thông tin TB A/c có thể thực hiện:",
            "To update the subscription's information you can:");

    static final List<Step> APP_STEPS_9090 = List.of(
            new Step(1, "Tải ứng dụng My MobiFone tại mbf.vn/appdl", "Download My MobiFone at mbf.vn/appdl"),
            new Step(2, "Đăng nhập ứng dụng My MobiFone. Nhấn \"Cập nhật thông tin cá nhân\" trên banner.",
                    "Log in to My MobiFone. Tap \"Cập nhật thông tin cá nhân\" (update personal information) on the banner."),
            new Step(3, "Nhập mã OTP (mã OTP được gửi đến số TB của KH)", "Enter the OTP (sent to the customer's number)"),
            new Step(4, "Cập nhật thông tin: Họ và tên, Ngày sinh, Địa chỉ (Tỉnh/Thành, Quận/Huyện, Phường/Xã, Số nhà, đường..), "
                    + "Quốc tịch, Giới tính, Ngành nghề, Nghề nghiệp, thông tin giấy tờ (Loại giấy tờ, nơi cấp, ngày cấp, số giấy tờ), "
                    + "thông tin ảnh giấy tờ (mặt trước, mặt sau của CMND/CCCD, ảnh chân dung)",
                    "Update the information: full name, date of birth, address (province/city, district, ward/commune, house number, "
                            + "street), nationality, gender, industry, occupation, the ID document (type, place of issue, date of issue, "
                            + "number) and its photos (front and back of the ID card, portrait)"),
            new Step(5, "Click vào dấu đồng ý với các điều khoản và xác nhận.", "Tick to accept the terms and confirm."));

    static final Script APPROVAL_48H = new Script(
            "Đối với những TB KH up đầy đủ chính xác thì sẽ duyệt trong vòng 48h.",
            "Subscriptions whose uploads are complete and correct are approved within 48 h.");

    /** The seed routes the complaint by e-mail to the customer-care room; the address is not product data. */
    static final Script COMPLAINT = new Script(
            "Nếu có KH phản ánh (cập nhật không thành công) thì nhập FB, XLV chuyển cho P. CSKH để kiểm tra.",
            "If the customer reports a problem (the update failed), record a feedback (FB) ticket; the handler forwards it to the "
                    + "customer-care room (P. CSKH) to check.");

    private Decree49Script() {
    }
}
