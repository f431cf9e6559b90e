package vn.mobifone.care.endtoend;

/** What seed 000 says the customer receives: the SMS with the My MobiFone link, without diacritics. */
final class SeedTexts {

    static final String MY_MOBIFONE_LINK_TEMPLATE = "my-mobifone-link";
    static final String MY_MOBIFONE_LINK = "MobiFone kinh gui Quy khach link cai dat ung dung My MobiFone mbf.vn/appdl. "
            + "Quy khach vui long bam vao link de cai dat. Cam on Quy khach da su dung dich vu cua MobiFone.";

    private SeedTexts() {
    }
}
