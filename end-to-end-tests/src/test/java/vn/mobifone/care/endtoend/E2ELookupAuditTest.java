package vn.mobifone.care.endtoend;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mobifone.care.endtoend.PackagedSuite.Service;

/** The packaged lookup answers an agent and writes the read in its personal-data audit under that agent. */
@ExtendWith(PackagedSuite.Extension.class)
class E2ELookupAuditTest {

    @Test
    void anAgentsLookupIsAnsweredAndAuditedUnderTheAgentAndTheCall(PackagedSuite suite) {
        String msisdn = Subscribers.smartphoneWithoutApp(suite);

        Api.as(suite, Service.LOOKUP, Api.AGENT, "A-E2E-LOOKUP").queryParam("callId", "CALL-E2E-LOOKUP-1")
                .get("/subscribers/{msisdn}", Subscribers.national(msisdn)).then()
                .statusCode(200)
                .body("msisdn", equalTo(msisdn))
                .body("acknowledgementRequired", equalTo(false))
                .body("flags.smartphone", equalTo(true))
                .body("flags.appInstalled", equalTo(false));

        Api.as(suite, Service.LOOKUP, Api.SUPERVISOR, "S-E2E").queryParam("msisdn", msisdn).get("/personal-data-accesses").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].subject", equalTo("A-E2E-LOOKUP"))
                .body("items[0].role", equalTo(Api.AGENT))
                .body("items[0].callId", equalTo("CALL-E2E-LOOKUP-1"))
                .body("items[0].view", equalTo("PROFILE"));
    }
}
