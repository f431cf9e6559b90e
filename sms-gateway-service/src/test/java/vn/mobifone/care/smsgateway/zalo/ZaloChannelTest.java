package vn.mobifone.care.smsgateway.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.smsgateway.SmsFixtures.awaitStatus;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;
import static vn.mobifone.care.smsgateway.SmsFixtures.templated;
import static vn.mobifone.care.smsgateway.SmsFixtures.zalo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.smsgateway.SmsFixtures;

@QuarkusTest
class ZaloChannelTest {

    @Test
    void aZaloMessageIsPostedToTheNotificationServiceAndDelivered() {
        SmsFixtures.ZaloStub stub = zalo();
        String msisdn = newMsisdn();
        String id = send(zaloMessage(msisdn)).statusCode(202).body("brandname", equalTo("MobiFone Miền Tây"))
                .body("encoding", org.hamcrest.Matchers.nullValue()).extract().path("id");
        awaitStatus(id, "DELIVERED");
        assertThat(stub.postsFor(msisdn)).singleElement().satisfies(post -> assertThat(post)
                .contains("\"tracking_id\":\"" + id + "\"").contains("ĐĂNG KÝ THÔNG TIN CHỦ THUÊ BAO").contains("MobiFone Miền Tây"));
        SmsFixtures.get(id).body("parts[0].state", equalTo("DELIVERED"));
    }

    @Test
    void aZaloRefusalFailsTheMessage() {
        SmsFixtures.ZaloStub stub = zalo();
        stub.answer("{\"error\":-108,\"message\":\"Phone number is invalid\"}");
        try {
            String id = send(zaloMessage(newMsisdn())).statusCode(202).extract().path("id");
            awaitStatus(id, "FAILED");
            SmsFixtures.get(id).body("reason", equalTo("zalo-error--108"));
        } finally {
            stub.answer(null);
        }
    }

    @Test
    void zaloGivingTheSameMessageIdTwiceKeepsBothDeliveries() {
        SmsFixtures.ZaloStub stub = zalo();
        stub.answer("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"reused-1\"}}");
        try {
            String first = send(zaloMessage(newMsisdn())).statusCode(202).extract().path("id");
            awaitStatus(first, "DELIVERED");
            String second = send(zaloMessage(newMsisdn())).statusCode(202).extract().path("id");
            awaitStatus(second, "DELIVERED");
            for (String id : new String[] {first, second}) {
                SmsFixtures.get(id).body("parts.size()", equalTo(1)).body("parts[0].smscMessageId", equalTo("zalo-reused-1"))
                        .body("parts[0].smscAccount", equalTo(ZaloSender.ZALO_ACCOUNT)).body("parts[0].state", equalTo("DELIVERED"));
            }
        } finally {
            stub.answer(null);
        }
    }

    private static Map<String, Object> zaloMessage(String msisdn) {
        Map<String, Object> body = templated(msisdn, "identity-update-zalo", Map.of());
        body.put("channel", "ZALO");
        return body;
    }
}
