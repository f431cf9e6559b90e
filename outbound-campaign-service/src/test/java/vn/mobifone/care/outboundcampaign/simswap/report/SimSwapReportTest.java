package vn.mobifone.care.outboundcampaign.simswap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.as;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.outcome;
import static vn.mobifone.care.outboundcampaign.simswap.SimSwaps.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.simswap.SimSwaps;
import vn.mobifone.care.outboundcampaign.simswap.SimSwaps.Province;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;

/**
 * A known week of one province: An Hòa 3 requests (served at home, at the store, one still open),
 * Xuân Khánh 2 (unreachable, refused), Bình Thủy 1 quarantined (served at home); one request of the
 * week after, outside the period.
 */
@QuarkusTest
class SimSwapReportTest {

    private static final Instant WEEK = Instant.parse("2026-04-20T00:00:00Z");

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void requestsAreCountedByAreaAndOutcomeAndExportedAsCsv() {
        Province p = knownWeek();

        JsonPath byWard = report(p, "ward").statusCode(200).extract().jsonPath();
        assertThat(byWard.getList("rows.areaCode")).containsExactly(p.anHoa(), p.xuanKhanh(), p.binhThuyWard());
        assertThat(byWard.getMap("rows[0].counts")).containsAllEntriesOf(counts(3, 1, 1, 1, 0, 0, 0));
        assertThat(byWard.getString("rows[0].areaName")).isEqualTo("Phường An Hòa");
        assertThat(byWard.getMap("rows[1].counts")).containsAllEntriesOf(counts(2, 0, 0, 0, 1, 1, 0));
        assertThat(byWard.getMap("rows[2].counts")).containsAllEntriesOf(counts(1, 0, 1, 0, 0, 0, 1));
        assertThat(byWard.getMap("totals")).containsAllEntriesOf(counts(6, 1, 2, 1, 1, 1, 1));

        JsonPath byDistrict = report(p, "district").statusCode(200).extract().jsonPath();
        assertThat(byDistrict.getList("rows.areaCode")).containsExactly(p.ninhKieu(), p.binhThuy());
        assertThat(byDistrict.getMap("rows[0].counts")).containsAllEntriesOf(counts(5, 1, 1, 1, 1, 1, 0));

        JsonPath byProvince = report(p, null).statusCode(200).extract().jsonPath();
        assertThat(byProvince.getString("groupBy")).isEqualTo("PROVINCE");
        assertThat(byProvince.getList("rows.areaName")).containsExactly("Thành phố Cần Thơ");

        String csv = as(Roles.OPS).queryParam("from", WEEK.toString()).queryParam("to", WEEK.plus(Duration.ofDays(7)).toString())
                .queryParam("groupBy", "district").queryParam("provinceCode", p.code())
                .get("/sim-swap-reports/by-area.csv").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"sim-swap-requests-by-district.csv\"")
                .extract().asString();
        assertThat(csv.split("\r\n")).containsExactly(
                "areaCode,areaName,provinceCode,total,open,servedAtHome,servedAtStore,unreachable,refused,localAuthority",
                p.ninhKieu() + ",Quận Ninh Kiều," + p.code() + ",5,1,1,1,1,1,0",
                p.binhThuy() + ",Quận Bình Thủy," + p.code() + ",1,0,1,0,0,0,1");
    }

    @Test
    void aPeriodMustBeGivenAndBounded() {
        as(Roles.OPS).get("/sim-swap-reports/by-area").then().statusCode(400).body("violations.field", hasItem("from"));
        as(Roles.OPS).queryParam("from", "2026-04-20T00:00:00Z").queryParam("to", "2026-04-19T00:00:00Z")
                .get("/sim-swap-reports/by-area").then().statusCode(400).body("violations.field", hasItem("to"));
        as(Roles.OPS).queryParam("from", "2025-01-01T00:00:00Z").queryParam("to", "2026-04-19T00:00:00Z")
                .get("/sim-swap-reports/by-area").then().statusCode(400).body("violations.field", hasItem("to"));
        as(Roles.OPS).queryParam("from", "2026-04-20T00:00:00Z").queryParam("to", "2026-04-21T00:00:00Z").queryParam("groupBy", "street")
                .get("/sim-swap-reports/by-area").then().statusCode(400).body("violations.field", hasItem("groupBy"));
        as(Roles.AGENT).queryParam("from", "2026-04-20T00:00:00Z").queryParam("to", "2026-04-21T00:00:00Z")
                .get("/sim-swap-reports/by-area").then().statusCode(403);
    }

    private Province knownWeek() {
        Province p = SimSwaps.province();
        SimSwaps.quarantine(p.binhThuyWard()).statusCode(200);
        clock.setTo(WEEK.plus(Duration.ofHours(2)));
        List<String> anHoa = List.of(received(p, p.anHoa()), received(p, p.anHoa()), received(p, p.anHoa()));
        List<String> xuanKhanh = List.of(received(p, p.xuanKhanh()), received(p, p.xuanKhanh()));
        String binhThuy = submit(SimSwaps.simSwap(p, p.binhThuy(), p.binhThuyWard())).statusCode(201)
                .body("route", equalTo("LOCAL_AUTHORITY")).extract().path("id");
        clock.advance(Duration.ofDays(1));
        outcome(anHoa.get(0), "SERVED_AT_HOME", null).statusCode(200);
        outcome(anHoa.get(1), "SERVED_AT_STORE", null).statusCode(200);
        outcome(xuanKhanh.get(0), "UNREACHABLE", "gọi 3 lần không nghe máy").statusCode(200);
        outcome(xuanKhanh.get(1), "REFUSED", "không có nhu cầu").statusCode(200);
        outcome(binhThuy, "SERVED_AT_HOME", "giao qua tổ dân phố").statusCode(200);
        clock.setTo(WEEK.plus(Duration.ofDays(7)));
        received(p, p.anHoa());
        return p;
    }

    private static String received(Province p, String ward) {
        return submit(SimSwaps.simSwap(p, p.ninhKieu(), ward)).statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse report(Province p, String groupBy) {
        var request = as(Roles.SUPERVISOR).queryParam("from", WEEK.toString()).queryParam("to", WEEK.plus(Duration.ofDays(7)).toString())
                .queryParam("provinceCode", p.code());
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        return request.get("/sim-swap-reports/by-area").then();
    }

    private static Map<String, Object> counts(int total, int open, int home, int store, int unreachable, int refused, int authority) {
        return Map.of("total", total, "open", open, "servedAtHome", home, "servedAtStore", store, "unreachable", unreachable,
                "refused", refused, "localAuthority", authority);
    }
}
