package vn.mobifone.care.outboundcampaign.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.outboundcampaign.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.outboundcampaign.Fixtures;
import vn.mobifone.care.outboundcampaign.OnCampaignDay;
import vn.mobifone.care.outboundcampaign.Fixtures.Subscriber;
import vn.mobifone.care.platform.security.Roles;

@QuarkusTest
class CampaignReportTest extends OnCampaignDay {

    private static void outcome(String campaign, String agent, long lead, Map<String, Object> body) {
        as(Roles.AGENT, agent).body(body).post("/campaigns/{id}/leads/{lead}/outcome", campaign, lead).then().statusCode(200);
    }

    @Test
    void theReportsCountAKnownDayOfCalls() {
        Subscriber portingOut = Fixtures.subscriber().in("Report").arpu(300_000).with(s -> s.mnpOut = true);
        Subscriber agrees = Fixtures.subscriber().in("Report").arpu(400_000);
        Subscriber busy = Fixtures.subscriber().in("Report").arpu(200_000);
        Subscriber refuses = Fixtures.subscriber().in("Report").arpu(160_000);
        Fixtures.project(portingOut, agrees, busy, refuses);
        String campaign = Fixtures.campaign(Fixtures.inProvince("Report"));
        Fixtures.generate(campaign);

        long first = Fixtures.next(campaign, "R1");
        assertThat(Fixtures.msisdnOf(first)).isEqualTo(portingOut.msisdn);
        outcome(campaign, "R1", first, Map.of("outcome", "NOT_INTERESTED", "reason", "price"));
        long second = Fixtures.next(campaign, "R1");
        Map<String, Object> script = new HashMap<>(Map.of("greeted", true, "closed", true,
                "b2", Map.of("status", "OFFERED"), "b3", Map.of("status", "ACCEPTED"), "b4", Map.of("status", "NOT_OFFERED"),
                "b5", Map.of("status", "NOT_OFFERED"), "packageOffer", Map.of("name", "C90N", "priceVnd", 90_000, "benefit", "4GB/ngay", "gift", "1 the cao 20.000d")));
        outcome(campaign, "R1", second, Map.of("outcome", "AGREED", "script", script, "nameGiven", "Trần Văn Bình"));
        outcome(campaign, "R2", Fixtures.next(campaign, "R2"), Map.of("outcome", "BUSY"));
        outcome(campaign, "R2", Fixtures.next(campaign, "R2"), Map.of("outcome", "NOT_INTERESTED", "reason", "price"));

        as(Roles.SUPERVISOR, "S001").get("/campaigns/{id}/report", campaign).then().statusCode(200)
                .body("leads", equalTo(4)).body("leadsAttempted", equalTo(4)).body("attempts", equalTo(4))
                .body("reached", equalTo(3)).body("contactRate", equalTo(0.75f)).body("wrongPerson", equalTo(1))
                .body("outcomes.AGREED", equalTo(1)).body("outcomes.NOT_INTERESTED", equalTo(2)).body("outcomes.BUSY", equalTo(1))
                .body("outcomes.CALLBACK", equalTo(0))
                .body("refusalReasons", equalTo(List.of(Map.of("reason", "price", "calls", 2))))
                .body("mnpOut", equalTo(1)).body("packagesConverted", equalTo(1)).body("agreedCalls", equalTo(1))
                .body("contentsOffered.B2", equalTo(1)).body("contentsOffered.B3", equalTo(1)).body("contentsOffered.B4", equalTo(0));
        as(Roles.SUPERVISOR, "S001").get("/campaigns/{id}/report/agents", campaign).then().statusCode(200)
                .body("agentId", equalTo(List.of("R1", "R2"))).body("attempts", equalTo(List.of(2, 2)))
                .body("leadsReached", equalTo(List.of(2, 1))).body("packagesConverted", equalTo(List.of(1, 0)));

        String csv = as(Roles.OPS, "O1").get("/campaigns/{id}/report.csv", campaign).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("metric,value\n").contains("\ncontact_rate,0.7500\n", "\nrefusal_reason:price,2\n", "\nmnp_out,1\n");
        assertThat(as(Roles.OPS, "O1").get("/campaigns/{id}/report/agents.csv", campaign).then().statusCode(200).extract().asString())
                .contains("\nR1,2,2,1.0000,1,1,0,0,0,1\n", "\nR2,2,1,0.5000,0,1,0,1,0,0\n");
        String mnp = as(Roles.OPS, "O1").get("/campaigns/{id}/report/mnp-out.csv", campaign).then().statusCode(200).extract().asString();
        assertThat(mnp.lines().toList()).hasSize(3).first().isEqualTo("msisdn,agent_id,reason,porting_out,called_at");
        assertThat(mnp).contains(portingOut.msisdn + ",R1,price,true,", refuses.msisdn + ",R2,price,false,");
        as(Roles.AGENT, "A1").get("/campaigns/{id}/report", campaign).then().statusCode(403);
    }

    @Test
    void aFormulaInACsvFieldIsNeutralised() {
        assertThat(ReportCsv.escape("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportCsv.escape("-5")).isEqualTo("-5");
    }
}
