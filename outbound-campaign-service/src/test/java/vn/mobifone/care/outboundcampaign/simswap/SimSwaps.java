package vn.mobifone.care.outboundcampaign.simswap;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

/**
 * The fixtures of the SIM-swap tests: a province of Cần Thơ's shape declared over the API, and
 * requests as the channels send them. Every province gets fresh codes, so tests sharing the one
 * database never see each other's areas or queues.
 */
public final class SimSwaps {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    /** A MobiFone number (090) and one of another network (Viettel 098). */
    public static final String MOBIFONE = "0901234567";
    public static final String VIETTEL = "0981234567";

    private SimSwaps() {
    }

    /**
     * Ninh Kiều has a store on ward An Hòa and an agent too; ward Xuân Khánh has no team of its own
     * but the district's sales team covers the whole district. Bình Thủy has no team at all, so its
     * customers go to the rapid-response team.
     */
    public record Province(String code, String ninhKieu, String anHoa, String xuanKhanh, String binhThuy, String binhThuyWard,
            String store, String agent, String salesTeam, String rapidResponse) {
    }

    public static Province province() {
        String p = code();
        String ninhKieu = code();
        String anHoa = code();
        String xuanKhanh = code();
        String binhThuy = code();
        String binhThuyWard = code();
        area(p, "PROVINCE", null, "Thành phố Cần Thơ").statusCode(201);
        area(ninhKieu, "DISTRICT", p, "Quận Ninh Kiều").statusCode(201);
        area(anHoa, "WARD", ninhKieu, "Phường An Hòa").statusCode(201);
        area(xuanKhanh, "WARD", ninhKieu, "Phường Xuân Khánh").statusCode(201);
        area(binhThuy, "DISTRICT", p, "Quận Bình Thủy").statusCode(201);
        area(binhThuyWard, "WARD", binhThuy, "Phường Bình Thủy").statusCode(201);
        String store = "CH-" + p;
        String agent = "DL-" + p;
        String sales = "TBH-" + p;
        String rapid = "PUN-" + p;
        team(store, "STORE", p, List.of(anHoa), "Cửa hàng MobiFone An Hòa").statusCode(201);
        team(agent, "AGENT", p, List.of(anHoa), "Đại lý Minh Phát").statusCode(201);
        team(sales, "SALES_TEAM", p, List.of(ninhKieu), "Tổ bán hàng Ninh Kiều").statusCode(201);
        team(rapid, "RAPID_RESPONSE", p, List.of(), "Đội phản ứng nhanh Cần Thơ").statusCode(201);
        return new Province(p, ninhKieu, anHoa, xuanKhanh, binhThuy, binhThuyWard, store, agent, sales, rapid);
    }

    /** A fresh 10-digit area code. */
    public static String code() {
        return Long.toString(1_000_000_000L + SEQUENCE.incrementAndGet() % 8_000_000_000L);
    }

    public static ValidatableResponse area(String code, String level, String parent, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        body.put("parentCode", parent);
        body.put("name", name);
        return as(Roles.ADMIN).contentType(ContentType.JSON).body(body).put("/sim-swap-areas/{code}", code).then();
    }

    public static ValidatableResponse team(String code, String kind, String province, List<String> coverage, String name) {
        Map<String, Object> body = Map.of("name", name, "kind", kind, "provinceCode", province, "phone", "0292 3812 345",
                "address", "2 Nguyễn Văn Cừ, Cần Thơ", "coverage", coverage);
        return as(Roles.SUPERVISOR).contentType(ContentType.JSON).body(body).put("/sim-swap-teams/{code}", code).then();
    }

    public static ValidatableResponse quarantine(String area) {
        return as(Roles.SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("authorityName", "UBND Phường An Hòa", "authorityPhone", "0292 3820 111", "note", "Phong tỏa từ 20/4"))
                .put("/sim-swap-areas/{code}/quarantine", area).then();
    }

    /** A SIM swap from the request page for a MobiFone subscriber at the given ward (and its district). */
    public static Map<String, Object> simSwap(Province p, String district, String ward) {
        return request("SIM_SWAP", MOBIFONE, p.code(), district, ward);
    }

    public static Map<String, Object> request(String type, String msisdn, String province, String district, String ward) {
        Map<String, Object> address = new HashMap<>();
        address.put("provinceCode", province);
        address.put("districtCode", district);
        address.put("wardCode", ward);
        address.put("street", "123 đường 30/4");
        Map<String, Object> body = new HashMap<>();
        body.put("idempotencyKey", "web-" + UUID.randomUUID());
        body.put("channel", "WEB_FORM");
        body.put("requestType", type);
        body.put("msisdn", msisdn);
        body.put("customerName", "Nguyễn Văn An");
        body.put("address", address);
        return body;
    }

    public static ValidatableResponse submit(Map<String, Object> body) {
        return as(Roles.INTEGRATION).contentType(ContentType.JSON).body(body).post("/sim-swap-requests").then();
    }

    public static ValidatableResponse outcome(String id, String outcome, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("note", note);
        return as(Roles.AGENT).contentType(ContentType.JSON).body(body).post("/sim-swap-requests/{id}/outcome", id).then();
    }

    public static io.restassured.specification.RequestSpecification as(String role) {
        return given().header("Authorization", TestStack.bearer(role, role.toUpperCase() + "01"));
    }
}
