package vn.mobifone.care.smsgateway.template;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/**
 * Every seeded template says what the seed says. The seed files are word-segmented ("tham_gia",
 * "mbf . vn / appdl"), so a template is compared with its seed text ignoring spaces and the
 * segmentation marks, with each placeholder standing for the seed's variable letter. The seed
 * texts below are copied from the seed files; where the files sit beside the checkout
 * (../shared/seeds) each is also checked to be in its file word for word.
 */
@QuarkusTest
class TemplateSeedWordingTest {

    /** The seed's variable letter for each placeholder (seed 002 section 3). */
    private static final Map<String, String> VARIABLES = Map.of("{msisdn}", "X", "{points}", "Y", "{benefit}", "E",
            "{packageName}", "F", "{price}", "G", "{gift}", "R", "{zaloAccount}", "X");

    private static final String IOS_LINK = "https://apps.apple.com/vn/app/mobifone-pay/id1565937964";
    private static final String ANDROID_LINK = "https://play.google.com/store/apps/details?id=com.mobifone.mobifonepay";
    /** Seed 002 3b, "Moi tai app MobiFone Money"; the link follows the phone's operating system. */
    private static final String MONEY = "( CSKH ) Tai & su dung MIEN PHI_app MobiFone Money tai [ link tai theo HDH ] de chu dong nap the"
            + " / thanh toan cuoc tra sau / tien dien / nuoc ... Khuyen mai nap the len den 50 % theo ngay thong bao , chiet khau 7 %"
            + " tien cuoc tra sau thanh toan truoc ngay 28 hang_thang . Chi tiet goi 9090";

    static Stream<Arguments> seedTexts() {
        return Stream.of(
                // Seed 000, step 3 of the app-install consultation: the SMS with the link.
                Arguments.of("my-mobifone-link", "000", "MobiFone kinh gui Quy_khach link cai dat ung_dung My MobiFone mbf . vn / appdl ."
                        + " Quy_khach vui long bam vao link de cai dat . Cam on Quy_khach da su dung dich vu cua MobiFone ."),
                // Seed 002 3a, first campaign SMS (28/10).
                Arguments.of("kndl-invitation", "002", "( CSKH ) Quy khach X hien co Y_diem tich luy . Dang ky tham_gia CT Ket noi dai lau"
                        + " de DOI DIEM thanh GOI CUOC / TIEN CUOC & nhieu uu dai khac : soan DK gui 9237 , sau do soan XN gui 9237 xac nhan"
                        + " dang ky ( mien phi ) . Chi tiet dang nhap https://www.mobifone.vn/ho-tro-khach-hang/ket-noi-dai-lau hoac goi 9090"),
                // Seed 002 3a, second campaign SMS (30/10).
                Arguments.of("kndl-invitation-second", "002", "( CSKH ) Dang ky tham_gia CT Ket noi dai lau MIEN PHI : soan DK gui 9237 ,"
                        + " sau do soan XN gui 9237 xac nhan dang ky de DOI DIEM thanh GOI CUOC / TIEN CUOC & nhieu uu dai khac . Quy khach X"
                        + " hien co Y_diem tich luy . Chi tiet dang nhap https://www.mobifone.vn/ho-tro-khach-hang/ket-noi-dai-lau hoac goi 9090"),
                // Seed 002 3b, "Chuong trinh khuyen khich KH dang ky goi cuoc".
                Arguments.of("package-offer", "002", "( CSKH ) MIEN PHI_E : soan F gui 999 de dang ky . Gia : Gd / 30ngay . TANG THEM R"
                        + " tai cua hang MobiFone DBSLC ( khong gom Long_An ) . Lien he 9090 ."),
                // Seed 002 3b, "Moi tai app My MobiFone".
                Arguments.of("app-my-mobifone", "002", "( CSKH ) Tai & su dung MIEN PHI_app My_MobiFone tai mbf . vn / appdl de chu dong"
                        + " doi diem tich luy nhan thuong , tra cuu tai khoan / cuoc su dung / goi cuoc , nap tien / thanh toan cuoc ..."
                        + " Chi tiet goi 9090 ."),
                Arguments.of("app-mobifone-money-ios", "002", MONEY),
                Arguments.of("app-mobifone-money-android", "002", MONEY),
                // Seed 002 3b, Zalo "Ho tro dang ky thong tin TB".
                Arguments.of("identity-update-zalo", "002", "[ CSKH ] Quý_khách vui_lòng sử_dụng số thuê_bao cần hỗ_trợ ĐĂNG_KÝ THÔNG_TIN"
                        + " CHỦ THUÊ_BAO để kết_bạn zalo với MobiFone Miền Tây_X và gửi các hồ_sơ sau để được hỗ_trợ trực_tuyến ( hoặc đến"
                        + " cửa_hàng MobiFone gần nhất để được hỗ_trợ ) : 1 . Ảnh chụp CCCD / CMND mặt trước và mặt sau . 2 . Ảnh chụp"
                        + " chân_dung nữa người . 3 . Ảnh chụp số điện_thoại ( Bấm * 0 # & nhấn nút gọi : chụp lại màn_hình ) . 4 . Ảnh chữ_ký"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedTexts")
    void theTemplateSaysWhatTheSeedSays(String templateId, String seed, String seedText) throws IOException {
        Optional<String> seedFile = seedFile(seed);
        seedFile.ifPresent(file -> assertThat(nfc(file)).as("seed %s holds the text", seed).contains(nfc(seedText)));

        String body = given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).get("/templates/" + templateId)
                .then().statusCode(200).extract().path("body");
        String expected = seedText;
        if (templateId.endsWith("-ios")) {
            expected = expected.replace("[ link tai theo HDH ]", IOS_LINK);
        } else if (templateId.endsWith("-android")) {
            expected = expected.replace("[ link tai theo HDH ]", ANDROID_LINK);
        }
        assertThat(words(asSeedVariables(body))).isEqualTo(words(expected));
        assertThat(body).as("written as a message, not as segmented words").doesNotContain("  ", " ,", " .", " :", "( ", " )")
                .doesNotContainPattern("[a-z]_[a-z]");
    }

    private static String asSeedVariables(String body) {
        String text = body;
        for (Map.Entry<String, String> variable : VARIABLES.entrySet()) {
            text = text.replace(variable.getKey(), variable.getValue());
        }
        assertThat(text).as("only the seed's variables are placeholders").doesNotContainPattern("\\{[a-zA-Z]+}");
        return text;
    }

    /** The text without spaces and segmentation marks: what is left are the words and signs, in order. */
    private static String words(String text) {
        return nfc(text).replaceAll("[\\s_]", "");
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The seed file, looked for in shared/seeds beside the checkout (or any directory above the module). */
    private static Optional<String> seedFile(String number) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                try (Stream<Path> files = Files.list(seeds)) {
                    Optional<Path> file = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst();
                    if (file.isPresent()) {
                        return Optional.of(Files.readString(file.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
