package vn.mobifone.care.consultation.promotion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;

@QuarkusTest
class PromotionCatalogueTest {

    @Inject
    CareClock clock;

    private static String supervisor() {
        return TestStack.bearer(Roles.SUPERVISOR, "S001");
    }

    private static String agent() {
        return TestStack.bearer(Roles.AGENT, "A001");
    }

    static ValidatableResponse create(Object body) {
        return given().header("Authorization", supervisor()).contentType(ContentType.JSON).body(body).post("/promotions").then();
    }

    @Test
    void aSupervisorAddsReadsReplacesAndRemovesAnEntry() {
        String id = create(Promotions.data("crud-5gb").group("first-topup").packages("c90n", "MAX90").onNetCalls().request())
                .statusCode(201)
                .header("Location", containsString("/promotions/"))
                .body("code", equalTo("CRUD-5GB"))
                .body("exclusivityGroup", equalTo("FIRST-TOPUP"))
                .body("packages", equalTo(List.of("C90N", "MAX90")))
                .body("paymentTypes", equalTo(List.of("PREPAID", "POSTPAID")))
                .body("onNetCalls", equalTo(true))
                .body("updatedBy", equalTo("S001"))
                .extract().path("id");

        given().header("Authorization", agent()).get("/promotions/{id}", id).then().statusCode(200)
                .body("name", equalTo("Tang 5GB data")).body("valueVnd", equalTo(50_000));

        Promotions.Entry official = Promotions.data("crud-5gb").value(60_000).paymentTypes(PaymentType.PREPAID);
        given().header("Authorization", supervisor()).contentType(ContentType.JSON).body(official.request())
                .put("/promotions/{id}", id).then().statusCode(200)
                .body("valueVnd", equalTo(60_000)).body("paymentTypes", equalTo(List.of("PREPAID"))).body("packages", equalTo(List.of()));

        given().header("Authorization", supervisor()).delete("/promotions/{id}", id).then().statusCode(204);
        given().header("Authorization", agent()).get("/promotions/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theListFiltersByKindAndByTheDayAPeriodIncludes() {
        LocalDate today = LocalDate.now(clock);
        create(Promotions.data("list-care").kind(PromotionKind.CARE_PROGRAMME).period(today.minusDays(1), today.plusDays(1)).request())
                .statusCode(201);
        create(Promotions.data("list-later").period(today.plusDays(30), today.plusDays(40)).request()).statusCode(201);

        given().header("Authorization", agent()).get("/promotions?kind=care-programme&size=200").then().statusCode(200)
                .body("items.code", hasItem("LIST-CARE")).body("items.code", not(hasItem("LIST-LATER")));
        given().header("Authorization", agent()).get("/promotions?on=" + today.plusDays(35) + "&size=200").then().statusCode(200)
                .body("items.code", hasItem("LIST-LATER")).body("items.code", not(hasItem("LIST-CARE")));
        given().header("Authorization", agent()).get("/promotions?kind=gift").then().statusCode(400)
                .body("violations.field", hasItems("kind"));
        given().header("Authorization", agent()).get("/promotions?on=tomorrow").then().statusCode(400)
                .body("violations.field", hasItems("on"));
    }

    @Test
    void aCodeIsTakenOnce() {
        create(Promotions.data("twice").request()).statusCode(201);
        create(Promotions.data("TWICE").request()).statusCode(409).contentType("application/problem+json")
                .body("reason", equalTo("promotion-code-taken"));
    }

    @Test
    void agentsReadTheCatalogueButDoNotWriteIt() {
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Promotions.data("by-agent").request())
                .post("/promotions").then().statusCode(403).contentType("application/problem+json");
        given().get("/promotions").then().statusCode(401);
    }

    @Test
    void everyBadEntryIsA400ProblemNamingItsFieldsAndNothingIsSaved() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "bad code!");
        body.put("kind", "PROMOTION");
        body.put("valueVnd", -1);
        body.put("paymentTypes", List.of());
        body.put("arpuMinVnd", -5);
        body.put("services", List.of("not a code"));
        create(body).statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("validation-failed"))
                .body("violations.field", hasItems("code", "name", "startsOn", "endsOn", "benefits", "conditions", "valueVnd",
                        "paymentTypes", "arpuMinVnd"));

        Promotions.Entry backwards = Promotions.data("backwards").period(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1));
        create(backwards.request()).statusCode(400).body("violations.field", hasItems("endsOn"));
        create(Promotions.data("arpu-upside-down").arpu(500_000L, 100_000L).request()).statusCode(400)
                .body("violations.field", hasItems("arpuMaxVnd"));
        given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"X\",\"kind\":\"COUPON\"}").post("/promotions").then().statusCode(400)
                .body("reason", equalTo("validation-failed")).body("violations.field", hasItems("kind"));

        try (Connection db = TestStack.db();
                ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM promotion WHERE code IN ('BACKWARDS', 'ARPU-UPSIDE-DOWN')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
