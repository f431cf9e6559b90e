package vn.mobifone.care.outboundcampaign.simswap.area;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.area;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.as;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.code;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.team;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.simswap.SimSwaps;
import vn.mobifone.care.outboundcampaign.simswap.SimSwaps.Province;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class AreaAndTeamAdminTest {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Test
    void theTreeNestsWardInDistrictInProvince() {
        String province = code();
        String district = code();
        String ward = code();
        area(province, "PROVINCE", null, "Tỉnh Hậu Giang").statusCode(201).body("level", equalTo("PROVINCE"));
        area(district, "DISTRICT", province, "Thành phố Vị Thanh").statusCode(201).body("parentCode", equalTo(province));
        area(ward, "WARD", district, "Phường I").statusCode(201);
        area(ward, "WARD", district, "Phường 1").statusCode(200).body("name", equalTo("Phường 1"));

        area(code(), "WARD", province, "Xã Hỏa Lựu").statusCode(400).body("violations.field", hasItem("parentCode"));
        area(code(), "PROVINCE", province, "Tỉnh lạ").statusCode(400).body("violations.field", hasItem("parentCode"));
        area(code(), "DISTRICT", null, "Huyện mồ côi").statusCode(400).body("violations.field", hasItem("parentCode"));
        area(code(), "DISTRICT", "77", "Huyện lạc").statusCode(400).body("violations.field", hasItem("parentCode"));
        area(ward, "DISTRICT", province, "Phường 1").statusCode(409).body("reason", equalTo("area-level-fixed"));
        area("V-12", "PROVINCE", null, "Mã sai").statusCode(400);

        as(Roles.AGENT).queryParam("parentCode", district).get("/sim-swap-areas").then().statusCode(200)
                .body("total", equalTo(1)).body("items.code", contains(ward));
        as(Roles.INTEGRATION).get("/sim-swap-areas/{code}", ward).then().statusCode(200).body("parentCode", equalTo(district));
        as(Roles.AGENT).get("/sim-swap-areas/{code}", code()).then().statusCode(404);
    }

    @Test
    void onlyAdminsAndSupervisorsShapeTheTree() {
        as(Roles.AGENT).contentType(ContentType.JSON).body(Map.of("level", "PROVINCE", "name", "Tỉnh Sóc Trăng"))
                .put("/sim-swap-areas/{code}", code()).then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("level", "PROVINCE", "name", "Tỉnh Sóc Trăng"))
                .put("/sim-swap-areas/{code}", code()).then().statusCode(401);
    }

    @Test
    void aTeamCoversDistrictsOrWardsOfItsOwnProvince() {
        Province p = SimSwaps.province();
        Province other = SimSwaps.province();
        as(Roles.AGENT).get("/sim-swap-teams/{code}", p.store()).then().statusCode(200)
                .body("kind", equalTo("STORE")).body("coverage", contains(p.anHoa()));
        as(Roles.OPS).queryParam("areaCode", p.anHoa()).get("/sim-swap-teams").then().statusCode(200)
                .body("items.code", contains(p.store(), p.agent()));

        team("TBH-X-" + p.code(), "SALES_TEAM", p.code(), List.of(other.ninhKieu()), "Tổ lạc tỉnh").statusCode(400)
                .body("violations.field", hasItem("coverage")).body("detail", containsString("not in province"));
        team("TBH-Y-" + p.code(), "SALES_TEAM", p.code(), List.of(p.code()), "Tổ cả tỉnh").statusCode(400)
                .body("violations.field", hasItem("coverage"));
        team("TBH-Z-" + p.code(), "SALES_TEAM", p.code(), List.of(), "Tổ không địa bàn").statusCode(400)
                .body("violations.field", hasItem("coverage"));
        team("PUN-X-" + p.code(), "RAPID_RESPONSE", p.code(), List.of(p.ninhKieu()), "Đội chỉ một quận").statusCode(400)
                .body("violations.field", hasItem("coverage"));
        team("CH-Q-" + p.code(), "STORE", p.ninhKieu(), List.of(p.anHoa()), "Tỉnh là quận").statusCode(400)
                .body("violations.field", hasItem("provinceCode"));
        team(p.store(), "STORE", other.code(), List.of(other.anHoa()), "Đổi tỉnh").statusCode(409)
                .body("reason", equalTo("team-province-fixed"));
        team("CH-Q-" + p.code(), "SHOP", p.code(), List.of(p.anHoa()), "Kiểu lạ").statusCode(400);
        as(Roles.AGENT).queryParam("kind", "SHOP").get("/sim-swap-teams").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
    }

    @Test
    void aCsvImportKeepsTheGoodLinesAndReportsTheBadOnesByLineNumber() {
        String province = code();
        String district = code();
        String ward = code();
        String csv = String.join("\n",
                "code,level,parentCode,name",
                province + ",PROVINCE,,Tỉnh Bạc Liêu",
                district + ",DISTRICT," + province + ",\"Thành phố Bạc Liêu, trung tâm\"",
                ward + ",WARD," + district + ",Phường 7",
                "ABC,WARD," + district + ",Mã chữ",
                code() + ",HAMLET," + district + ",Ấp",
                code() + ",WARD," + province + ",Phường lạc cấp",
                code() + ",WARD," + district,
                code() + ",WARD," + district + ",\"Chưa đóng",
                "",
                code() + ",WARD," + district + ",Phường 8");
        as(Roles.ADMIN).contentType(CSV).body(csv).post("/sim-swap-areas/import").then().statusCode(200)
                .body("linesRead", equalTo(10)).body("imported", equalTo(4)).body("rejected", equalTo(5))
                .body("errors.line", contains(5, 6, 7, 8, 9))
                .body("errors[0].reason", containsString("code"))
                .body("errors[1].reason", containsString("level"))
                .body("errors[2].reason", containsString("parentCode"))
                .body("errors[3].reason", containsString("4 fields"))
                .body("errors[4].reason", containsString("quoted"));
        as(Roles.AGENT).get("/sim-swap-areas/{code}", district).then().statusCode(200)
                .body("name", equalTo("Thành phố Bạc Liêu, trung tâm"));
        as(Roles.AGENT).queryParam("parentCode", district).get("/sim-swap-areas").then().body("total", equalTo(2));

        as(Roles.ADMIN).contentType(CSV).body("code;level\n1;PROVINCE").post("/sim-swap-areas/import").then().statusCode(400)
                .body("violations.field", hasItem("body"));
        as(Roles.AGENT).contentType(CSV).body(csv).post("/sim-swap-areas/import").then().statusCode(403);
    }

    @Test
    void aQuarantineNeedsTheAuthoritysContactAndIsListed() {
        Province p = SimSwaps.province();
        as(Roles.SUPERVISOR).contentType(ContentType.JSON).body(Map.of("authorityName", "UBND Phường Xuân Khánh"))
                .put("/sim-swap-areas/{code}/quarantine", p.xuanKhanh()).then().statusCode(400)
                .body("violations.field", hasItem("authorityPhone"));
        SimSwaps.quarantine(p.xuanKhanh()).statusCode(200).body("authorityPhone", equalTo("0292 3820 111"));
        as(Roles.AGENT).queryParam("quarantined", "true").queryParam("size", 200).get("/sim-swap-areas").then().statusCode(200)
                .body("items.code", hasItem(p.xuanKhanh()));
        as(Roles.AGENT).queryParam("quarantined", "maybe").get("/sim-swap-areas").then().statusCode(400);
        as(Roles.SUPERVISOR).delete("/sim-swap-areas/{code}/quarantine", p.xuanKhanh()).then().statusCode(200);
        as(Roles.SUPERVISOR).delete("/sim-swap-areas/{code}/quarantine", p.xuanKhanh()).then().statusCode(409)
                .body("reason", equalTo("not-quarantined"));
    }
}
