package vn.mobifone.care.smsgateway.template;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class TemplateResourceTest {

    @Test
    void theSeedTemplatesAreServed() {
        as(Roles.AGENT).get("/templates/kndl-invitation").then().statusCode(200)
                .body("brandname", equalTo("MobiFone 9")).body("placeholders", hasItems("msisdn", "points"));
        as(Roles.INTEGRATION).queryParam("size", 50).get("/templates").then().statusCode(200)
                .body("items.id", hasItems("my-mobifone-link", "kndl-invitation", "package-offer", "store-address", "app-my-mobifone",
                        "app-mobifone-money-ios", "app-mobifone-money-android", "identity-update-zalo", "identity-update-sms"));
    }

    @Test
    void theSimSwapInvitationTellsOf9090AndTheRequestPageAsAdvertising() {
        as(Roles.INTEGRATION).get("/templates/sim-4g-invitation").then().statusCode(200)
                .body("channel", equalTo("SMS")).body("category", equalTo("ADVERTISING")).body("placeholders", empty())
                .body("body", containsString("9090")).body("body", containsString("http://yeucauthaysim4G.mobifone.vn"));
    }

    @Test
    void aSupervisorCreatesThenReplacesATemplate() {
        Map<String, Object> template = Map.of("body", "(CSKH) Goi {packageName} da duoc gia han", "brandname", "MobiFone 9",
                "channel", "SMS", "category", "TRANSACTIONAL", "foldDiacritics", true);
        as(Roles.SUPERVISOR).contentType("application/json").body(template).put("/templates/renewal-notice").then().statusCode(201)
                .body("placeholders", hasItems("packageName")).body("updatedBy", equalTo("T001"));
        as(Roles.SUPERVISOR).contentType("application/json").body(Map.of("body", "(CSKH) Goi {packageName} het han ngay {date}",
                "brandname", "MobiFone 9", "channel", "SMS", "category", "TRANSACTIONAL", "foldDiacritics", true))
                .put("/templates/renewal-notice").then().statusCode(200).body("placeholders", hasItems("packageName", "date"));
    }

    @Test
    void templatesAreValidatedAndOnlySupervisorsWriteThem() {
        Map<String, Object> template = Map.of("body", "x", "brandname", "MobiFone 9", "channel", "SMS", "category", "CARE");
        as(Roles.AGENT).contentType("application/json").body(template).put("/templates/agent-attempt").then().statusCode(403);
        as(Roles.SUPERVISOR).contentType("application/json").body(template).put("/templates/Bad_Id").then().statusCode(400);
        as(Roles.SUPERVISOR).contentType("application/json").body(Map.of("body", "x", "brandname", "MobiFone Mien Tay", "channel", "SMS",
                "category", "CARE")).put("/templates/long-sender").then().statusCode(400);
        as(Roles.SUPERVISOR).contentType("application/json").body(Map.of("brandname", "MobiFone 9")).put("/templates/empty").then()
                .statusCode(400);
        as(Roles.AGENT).get("/templates/no-such-template").then().statusCode(404);
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestStack.bearer(role, "T001"));
    }
}
