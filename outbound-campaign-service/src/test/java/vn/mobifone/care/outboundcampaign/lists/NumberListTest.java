package vn.mobifone.care.outboundcampaign.lists;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.mobifone.care.outboundcampaign.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.Fixtures;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class NumberListTest {

    @Test
    void badLinesAreReportedWithTheirNumberAndGoodOnesKept() {
        String a = Fixtures.nextMsisdn();
        String b = Fixtures.nextMsisdn();
        String csv = "msisdn,note\n"
                + "0" + a.substring(2) + ",called in wave 1\n"
                + "12345\n"
                + "\n"
                + "+" + b + "\n"
                + "not-a-number,x\n"
                + a + "\n";
        as(Roles.SUPERVISOR, "S001").contentType("text/csv").body(csv).post("/exclusion-lists/khcc-wave-1/entries").then()
                .statusCode(200)
                .body("linesRead", equalTo(5))
                .body("added", equalTo(2))
                .body("rejected", equalTo(2))
                .body("errors.line", contains(3, 6))
                .body("errors[0].reason", startsWith("'12345' is not a phone number"));
        as(Roles.SUPERVISOR, "S001").contentType("text/csv").body(b + "\n").post("/exclusion-lists/khcc-wave-1/entries").then()
                .statusCode(200).body("added", equalTo(0)).body("alreadyListed", equalTo(1));
    }

    @Test
    void theDncListIsUploadedAndLookedUp() {
        String a = Fixtures.nextMsisdn();
        as(Roles.SUPERVISOR, "S001").contentType("text/csv").body(a + "\nxx\n").post("/dnc-list/entries").then()
                .statusCode(200).body("added", equalTo(1)).body("errors[0].line", equalTo(2));
        as(Roles.AGENT, "A001").get("/dnc-list/{msisdn}", a).then().statusCode(200).body("source", equalTo("upload:S001"));
        as(Roles.AGENT, "A001").get("/dnc-list/{msisdn}", Fixtures.nextMsisdn()).then().statusCode(404);
        as(Roles.AGENT, "A001").contentType("text/csv").body(a + "\n").post("/dnc-list/entries").then().statusCode(403);
    }

    @Test
    void aListNameMustBeKebabCase() {
        as(Roles.SUPERVISOR, "S001").contentType("text/csv").body("0901234567\n").post("/exclusion-lists/{name}/entries", "Bad Name").then()
                .statusCode(400);
    }
}
