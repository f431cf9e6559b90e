package vn.mobifone.care.consultation.appinstall;

import java.util.List;
import vn.mobifone.care.consultation.Script;

/** The seed-000 texts of the app consultation. */
final class AppScripts {

    /** Case 1, the customer has the app but does not know it: the features to present. */
    static final List<Script> FEATURES = List.of(
            new Script("Tự tạo gói theo nhu cầu", "Build your own package to your needs"),
            new Script("Tra cứu cước sử dụng nhanh", "Look up usage charges quickly"),
            new Script("Nạp tiền và thanh toán cước thuận tiện qua thẻ ngân hàng", "Top up and pay bills easily by bank card"),
            new Script("Kiểm tra ngay dung lượng data", "Check the data balance at once"),
            new Script("Kiểm tra địa chỉ cửa hàng MobiFone gần nhất", "Find the nearest MobiFone store"),
            new Script("Giới thiệu nội dung CTKM liên quan My MobiFone hiện hành (nếu có)",
                    "Present the current My MobiFone promotions (if any)"));

    /** Case 2, the app is not installed: the introduction, then tick the box and save. */
    static final Script PITCH = new Script(
            "Hiện bên em có ứng dụng My MBF rất tiện lợi có thể nạp tiền, đăng ký và tra cứu gói cước nhanh gọn ngay trên điện thoại, "
                    + "giúp a/c đỡ phải di chuyển bên ngoài, đăng ký hội viên KNDL... a/c vui lòng cài ứng dụng My MBF để sử dụng nhiều "
                    + "tiện ích và tham gia các CTKM. Em sẽ gửi tin nhắn chứa link cho A/C cài app nhé.",
            "We have the My MobiFone app: top up, register and look up packages quickly right on your phone, without going out, "
                    + "and join the KNDL loyalty programme... please install My MobiFone to use its many features and join the "
                    + "promotions. I will send you a message with the link to install the app.");

    /** The seed-000 link SMS, as the SMS gateway's catalogue holds it. */
    static final String LINK_TEMPLATE = "my-mobifone-link";

    private AppScripts() {
    }
}
