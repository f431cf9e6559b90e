package vn.mobifone.care.consultation.promotion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A sentence the agent must add when presenting an entry, in the seed's words with an English rendering. */
public record Notice(String code, String vi, String en) {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static Notice referenceOnly(LocalDate callBackOn) {
        String day = VIETNAMESE_DATE.format(callBackOn);
        return new Notice("reference-only",
                "Đây là thông tin tham khảo, chưa có công văn chính thức: nội dung dự kiến, khi chính thức thực hiện có thể có thay đổi"
                        + " về nội dung hoặc thời gian. Để biết chính xác hơn, Quý khách vui lòng gọi lại vào ngày " + day
                        + " để có thông tin chính thức.",
                "Reference information, no official document yet: content or dates may change when it starts. Please call back on "
                        + day + " for the official information.");
    }

    static Notice vinaPhoneDomesticRoaming() {
        return new Notice("vinaphone-domestic-roaming",
                "Cuộc gọi thực hiện khi Roaming trong nước với VinaPhone sẽ KHÔNG được hưởng khuyến mãi.",
                "Calls made while roaming domestically on VinaPhone do NOT receive the promotion.");
    }
}
