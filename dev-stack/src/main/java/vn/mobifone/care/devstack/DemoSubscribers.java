package vn.mobifone.care.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The numbers a newcomer tries first, one of each kind an agent meets: put into the lookup the way
 * production gets subscribers (the billing export, {@code POST /subscriber-imports}), then read
 * back, so that what {@code ./suite up} prints is what the lookup answers.
 */
final class DemoSubscribers {

    /** The billing export's columns (the base set; the campaign columns take their defaults). */
    static final String HEADER = "msisdn,owner_name,payment_type,status,category,device_type,app_installed_on,arpu_vnd,"
            + "loyalty_points,kndl_tier,current_package,main_balance_vnd,sim_4g,vlr_days_last7,province,district,ward,occupation_code,"
            + "churn_risk,commitment_type,company,premium,id_document_number,has_portrait,has_id_front,has_id_back,id_name_matches_owner";

    /** What the lookup must answer for the number to be the example it is printed as. */
    record Demo(String msisdn, String kind, String row, boolean complete, boolean golden, boolean smartphone, boolean internalVip) {

        String national() {
            return "0" + msisdn.substring(2);
        }
    }

    static final List<Demo> ALL = List.of(
            new Demo("84901000001", "smartphone, identity complete, no My MobiFone app (seed 000's consultation)",
                    "Nguyễn Văn An,PREPAID,ACTIVE_2C,NORMAL,SMARTPHONE,,250000,1200,GOLD,C90N,45000,true,7,"
                            + "Hồ Chí Minh,Quận 1,Phường Bến Nghé,4,0.12,KHÔNG CK,,false,079123456789,true,true,true,true",
                    true, false, true, false),
            new Demo("84901000002", "identity incomplete (no portrait, no ID back): Decree-49 warning first",
                    "Trần Thị Bình,PREPAID,ACTIVE_2C,NORMAL,SMARTPHONE,,120000,300,,,20000,true,7,"
                            + "Hà Nội,Cầu Giấy,Phường Dịch Vọng,,0.30,KHÔNG CK,,false,001098765432,false,true,false,true",
                    false, false, true, false),
            new Demo("84901888888", "golden number (36-month commitment), identity incomplete: sent to a store",
                    "Lê Minh Châu,POSTPAID,ACTIVE_2C,NORMAL,SMARTPHONE,2026-01-15,850000,20000,DIAMOND,MAX90,150000,true,7,"
                            + "Đà Nẵng,Hải Châu,Phường Thạch Thang,9,0.05,CK số đẹp 36 tháng,,true,048111222333,true,false,true,true",
                    false, true, true, false),
            new Demo("84901000004", "feature phone: no app to install, SMS only",
                    "Phạm Văn Dũng,PREPAID,ACTIVE_2C,NORMAL,FEATURE_PHONE,,60000,0,,,5000,false,7,"
                            + "Cần Thơ,Ninh Kiều,Phường An Hòa,,0.20,KHÔNG CK,,false,092123123123,true,true,true,true",
                    true, false, false, false),
            new Demo("84901000005", "internal VIP: a MobiFone leader's business line",
                    "Công Ty Dịch Vụ MobiFone Khu Vực 2 - Chi Nhánh Tổng Công Ty Viễn Thông MobiFone - Hoàng Quốc Khoa - Giám đốc,"
                            + "POSTPAID,ACTIVE_2C,BUSINESS,SMARTPHONE,2025-06-01,1200000,0,,,0,true,7,"
                            + "Hồ Chí Minh,Quận 1,Phường Bến Nghé,1,0.01,KHÔNG CK,,true,079222333444,true,true,true,true",
                    true, false, true, true));

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoSubscribers() {
    }

    static String csv() {
        return HEADER + "\n" + ALL.stream().map(d -> d.msisdn() + "," + d.row()).collect(Collectors.joining("\n")) + "\n";
    }

    /** Imports the demo numbers and answers the table to print, each line checked against the lookup's answer. */
    static String load(String lookupUrl, String adminToken) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(lookupUrl + "/subscriber-imports"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(csv(), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200 || JSON.readTree(imported.body()).path("imported").asInt() != ALL.size()) {
            throw new IllegalStateException("The lookup refused the demo subscribers: " + imported.statusCode() + " " + imported.body());
        }
        StringBuilder table = new StringBuilder("Demo subscribers (GET /subscribers/<number> on the lookup):\n");
        for (Demo demo : ALL) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(lookupUrl + "/subscribers/" + demo.msisdn() + "?purpose=suite%20demo%20check"))
                    .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            table.append(String.format("  %s  %s%s%n", demo.national(), demo.kind(), mismatch(demo, answer)));
        }
        return table.toString();
    }

    private static String mismatch(Demo demo, HttpResponse<String> answer) throws IOException {
        if (answer.statusCode() != 200) {
            return "   [lookup answered " + answer.statusCode() + "]";
        }
        JsonNode view = JSON.readTree(answer.body());
        // An incomplete record is withheld until the agent acknowledges the warning: only what is shown is compared.
        boolean as = view.path("acknowledgementRequired").asBoolean() == !demo.complete()
                && shown(view.at("/decree49/complete"), demo.complete())
                && shown(view.at("/decree49/goldenNumber"), demo.golden())
                && shown(view.at("/flags/smartphone"), demo.smartphone())
                && shown(view.at("/flags/internalVip"), demo.internalVip());
        return as ? "" : "   [the lookup reads it differently: " + view.path("decree49") + " " + view.path("flags") + "]";
    }

    private static boolean shown(JsonNode field, boolean expected) {
        return field.isMissingNode() || field.isNull() || field.asBoolean() == expected;
    }
}
