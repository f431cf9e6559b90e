package vn.mobifone.care.subscriberlookup.decree49;

import java.util.List;

/**
 * Seed 000, Decree-49 script, "Tình huống 2": the customer calls 9090 to be guided through the
 * information update in My MobiFone. The seed's Vietnamese with the English alongside.
 *
 * @param banner    the banner the customer presses in the app
 * @param steps     what the agent guides the customer through, in order
 * @param fields    what the customer fills in (step 4)
 * @param approval  when a complete upload is approved
 * @param complaint where a customer's complaint about the update goes
 */
public record InformationUpdate(String hotline, String banner, List<Wording> steps, List<Wording> fields, Wording approval,
        Wording complaint) {

    /** One text in both languages: {@code vi} is what the agent reads out. */
    public record Wording(String vi, String en) {
    }

    public static final InformationUpdate VIA_MY_MOBIFONE = new InformationUpdate("9090", "Cập nhật thông tin cá nhân",
            List.of(
                    new Wording("Bước 1: Tải ứng dụng My MobiFone tại mbf.vn/appdl",
                            "Step 1: download the My MobiFone app at mbf.vn/appdl"),
                    new Wording("Bước 2: Đăng nhập ứng dụng My MobiFone. Nhấn \"Cập nhật thông tin cá nhân\" trên banner.",
                            "Step 2: log in to My MobiFone and press \"Cập nhật thông tin cá nhân\" (update personal information) on the banner."),
                    new Wording("Bước 3: Nhập mã OTP (mã OTP được gửi đến số TB của KH)",
                            "Step 3: enter the OTP code (sent to the customer's number)"),
                    new Wording("Bước 4: Cập nhật thông tin: Họ và tên, Ngày sinh, Địa chỉ (Tỉnh/Thành, Quận/Huyện, Phường/Xã, Số nhà, đường..), "
                            + "Quốc tịch, Giới tính, Ngành nghề, Nghề nghiệp, thông tin giấy tờ (Loại giấy tờ, nơi cấp, ngày cấp, số giấy tờ), "
                            + "thông tin ảnh giấy tờ (mặt trước, mặt sau của CMND/CCCD, ảnh chân dung)",
                            "Step 4: update the information: full name, date of birth, address (province/city, district, ward/commune, house "
                                    + "number, street), nationality, gender, industry, occupation, ID document (type, place of issue, date of "
                                    + "issue, number), document photos (front and back of the CMND/CCCD, portrait)"),
                    new Wording("Bước 5: Click vào dấu đồng ý với các điều khoản và xác nhận.",
                            "Step 5: tick to accept the terms and confirm.")),
            List.of(
                    new Wording("Họ và tên", "Full name"),
                    new Wording("Ngày sinh", "Date of birth"),
                    new Wording("Địa chỉ (Tỉnh/Thành, Quận/Huyện, Phường/Xã, Số nhà, đường..)",
                            "Address (province/city, district, ward/commune, house number, street)"),
                    new Wording("Quốc tịch", "Nationality"),
                    new Wording("Giới tính", "Gender"),
                    new Wording("Ngành nghề", "Industry"),
                    new Wording("Nghề nghiệp", "Occupation"),
                    new Wording("thông tin giấy tờ (Loại giấy tờ, nơi cấp, ngày cấp, số giấy tờ)",
                            "ID document (type, place of issue, date of issue, number)"),
                    new Wording("thông tin ảnh giấy tờ (mặt trước, mặt sau của CMND/CCCD, ảnh chân dung)",
                            "Document photos (front and back of the CMND/CCCD, portrait)")),
            new Wording("Đối những TB KH up đầy đủ chính xác thì sẽ duyệt trong vòng 48h",
                    "Subscriptions whose customer uploads everything completely and correctly are approved within 48 h"),
            new Wording("Còn lại nếu có KH phản ánh thì nhập FB (XLV chuyển mail cho P. CSKH để kiểm tra)",
                    "Otherwise, if the customer complains, enter a feedback ticket (FB); the handler forwards it by e-mail to the "
                            + "customer-care department (P. CSKH) to check"));
}
