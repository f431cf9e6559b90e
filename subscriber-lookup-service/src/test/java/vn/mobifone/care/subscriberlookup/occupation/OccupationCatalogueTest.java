package vn.mobifone.care.subscriberlookup.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.subscriberlookup.SeedText;

/** The catalogue against the seed's own words, all 18 codes. */
class OccupationCatalogueTest {

    /** Seed 000, "Danh_mục nghề_nghiệp", exactly as the seed has it (words joined by _, punctuation spaced out). */
    private static final String SEED = "1 Lực_lượng vũ_trang ( quân_đội , công_an ) 2 Lãnh_đạo trong các ngành , các cấp ( Quốc_hội , Đảng , "
            + "Trung_ương và các tổ_chức khác ) 3 Quản_lý ( có chức_vụ trong các doanh_nghiệp , tổ_chức ) 4 Nhân_viên văn_phòng ( làm_việc "
            + "trong các doanh_nghiệp , tổ_chức ) 5 Khoa_học tự_nhiên và khoa_học kỹ_thuật ( làm công_tác kỹ_thuật liên_quan đến lĩnh_vực : "
            + "hóa học , sinh_học , xây_dựng , viễn_thông , vật_lý ... ) 6 Khoa_học sự sống và sức_khỏe ( y_tế , dược , thú_y , dinh_dưỡng . . ) "
            + "7 Khoa_học xã_hội ( khảo_cổ , phiên_dịch , triết_học , chính_trị_học ... ) 8 Tài_chính , ngân hành ( kiểm_toán , kế_toán , "
            + "ngân hành ... ) 9 Nông , lâm , ngư_nghiệp ( trồng_trọt , chăn_nuôi , khai_thác thủy hải_sản ... ) 10 Giảng_dạy ( làm công_tác "
            + "giảng_dạy các cấp , đào_tạo , giáo_dục ... ) 11 Luật_pháp ( luật_sư , thẩm_phán ... ) 12 Nhà_văn , nhà_báo , nhà sáng_tác và "
            + "nghệ_sĩ biểu_diễn ( nghệ_sĩ , người_mẫu , người hoạt_động trong lĩnh_vực nghệ_thuật ... ) 13 Các nhà chuyên_môn về các tôn_giáo "
            + "( Phật_giáo , Thiên_chứa giáo ... ) 14 Dịch_vụ cá_nhân ( du_lịch , nhà_hàng , khách_sạn , trông trẻ , bảo_vệ , lái_xe ... ) "
            + "15 Bán hàng , giới_thiệu , thuyết_minh hàng_hóa tại các cửa_hàng , cửa_hiệu ... 16 Lao_động giản_đơn và lao_động tự_do ( thợ , "
            + "các ngành_nghề không đăng_ký ... ) 17 Học_sinh , sinh_viên 18 Khác ( hưu_trí , nội_trợ ... )";

    /** The corrections docs/subscriber-lookup.md lists; nothing else may differ from the seed. */
    private static final Map<String, String> TYPOS = Map.of("ngân hành", "ngân hàng", "Thiên chứa giáo", "Thiên Chúa giáo");

    @Test
    void everyLabelIsTheSeedsWordingWithItsExamples() {
        Map<Integer, String> seed = seedLabels();
        assertThat(seed).hasSize(18);
        for (Occupation occupation : Occupation.values()) {
            assertThat(occupation.label()).as("code %d", occupation.code()).isEqualTo(seed.get(occupation.code()));
        }
    }

    @Test
    void theLabelsAgentsMissedAreWhole() {
        assertThat(Occupation.byCode(14).label()).contains("trông trẻ");
        assertThat(Occupation.byCode(8).label()).isEqualTo("Tài chính, ngân hàng (kiểm toán, kế toán, ngân hàng...)");
        assertThat(Occupation.byCode(2).label()).endsWith("(Quốc hội, Đảng, Trung ương và các tổ chức khác)");
    }

    private static Map<Integer, String> seedLabels() {
        Map<Integer, String> labels = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("(\\d+) (.+?)(?= \\d+ |$)").matcher(SEED);
        while (entry.find()) {
            labels.put(Integer.parseInt(entry.group(1)), readable(entry.group(2)));
        }
        return labels;
    }

    private static String readable(String segmented) {
        String text = SeedText.readable(segmented);
        for (Map.Entry<String, String> typo : TYPOS.entrySet()) {
            text = text.replace(typo.getKey(), typo.getValue());
        }
        return text;
    }
}
