package vn.mobifone.care.subscriberlookup.occupation;

import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 18-entry occupation catalogue of seed 000, in the seed's words (examples in brackets
 * included, as agents read them out); a subscriber has one main code. Two obvious typos of the seed
 * are corrected: "ngân hành" is "ngân hàng" (code 8), "Thiên chứa giáo" is "Thiên Chúa giáo" (code 13).
 */
public enum Occupation {

    ARMED_FORCES(1, "Lực lượng vũ trang (quân đội, công an)"),
    LEADERS(2, "Lãnh đạo trong các ngành, các cấp (Quốc hội, Đảng, Trung ương và các tổ chức khác)"),
    MANAGERS(3, "Quản lý (có chức vụ trong các doanh nghiệp, tổ chức)"),
    OFFICE_STAFF(4, "Nhân viên văn phòng (làm việc trong các doanh nghiệp, tổ chức)"),
    NATURAL_SCIENCE_AND_ENGINEERING(5, "Khoa học tự nhiên và khoa học kỹ thuật (làm công tác kỹ thuật liên quan đến lĩnh vực: "
            + "hóa học, sinh học, xây dựng, viễn thông, vật lý...)"),
    LIFE_SCIENCE_AND_HEALTH(6, "Khoa học sự sống và sức khỏe (y tế, dược, thú y, dinh dưỡng..)"),
    SOCIAL_SCIENCE(7, "Khoa học xã hội (khảo cổ, phiên dịch, triết học, chính trị học...)"),
    FINANCE_AND_BANKING(8, "Tài chính, ngân hàng (kiểm toán, kế toán, ngân hàng...)"),
    AGRICULTURE_FORESTRY_FISHERY(9, "Nông, lâm, ngư nghiệp (trồng trọt, chăn nuôi, khai thác thủy hải sản...)"),
    TEACHING(10, "Giảng dạy (làm công tác giảng dạy các cấp, đào tạo, giáo dục...)"),
    LAW(11, "Luật pháp (luật sư, thẩm phán...)"),
    WRITERS_JOURNALISTS_ARTISTS(12, "Nhà văn, nhà báo, nhà sáng tác và nghệ sĩ biểu diễn (nghệ sĩ, người mẫu, "
            + "người hoạt động trong lĩnh vực nghệ thuật...)"),
    RELIGIOUS_PROFESSIONALS(13, "Các nhà chuyên môn về các tôn giáo (Phật giáo, Thiên Chúa giáo...)"),
    PERSONAL_SERVICES(14, "Dịch vụ cá nhân (du lịch, nhà hàng, khách sạn, trông trẻ, bảo vệ, lái xe...)"),
    SALES(15, "Bán hàng, giới thiệu, thuyết minh hàng hóa tại các cửa hàng, cửa hiệu..."),
    ELEMENTARY_AND_FREELANCE(16, "Lao động giản đơn và lao động tự do (thợ, các ngành nghề không đăng ký...)"),
    PUPILS_AND_STUDENTS(17, "Học sinh, sinh viên"),
    OTHER(18, "Khác (hưu trí, nội trợ...)");

    private final int code;
    private final String label;

    Occupation(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public View view() {
        return new View(code, name(), label);
    }

    public static Occupation byCode(int code) {
        return Arrays.stream(values()).filter(o -> o.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No occupation with code " + code));
    }

    /** A catalogue entry as clients read it. */
    @Schema(name = "Occupation", description = "An occupation of the 18-code catalogue")
    public record View(int code, String name, String label) {
    }
}
