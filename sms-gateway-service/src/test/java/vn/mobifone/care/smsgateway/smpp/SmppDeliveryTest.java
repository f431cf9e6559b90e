package vn.mobifone.care.smsgateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.smsgateway.SmsFixtures.awaitStatus;
import static vn.mobifone.care.smsgateway.SmsFixtures.myMobiFoneLink;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.smsc.SmscSimulator;
import vn.mobifone.care.smsgateway.SmsFixtures;
import vn.mobifone.care.smsgateway.delivery.Dispatcher;

@QuarkusTest
class SmppDeliveryTest {

    @Inject
    Dispatcher dispatcher;

    @Test
    void throttlingAndQueueFullAreRetriedUntilDelivered() {
        String msisdn = newMsisdn();
        smsc().refuseNext(msisdn, 1, SmscSimulator.STATUS_THROTTLED);
        smsc().refuseNext(msisdn, 2, SmscSimulator.STATUS_QUEUE_FULL);
        String id = send(myMobiFoneLink(msisdn)).statusCode(202).extract().path("id");
        awaitStatus(id, "DELIVERED");
        SmsFixtures.get(id).body("attempts", equalTo(3));
        SmsFixtures.receivedOnce(msisdn);
    }

    @Test
    void aPermanentRefusalFailsTheMessage() {
        String msisdn = newMsisdn();
        smsc().refuseNext(msisdn, 1, SmscSimulator.STATUS_INVALID_DESTINATION);
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_STATUS_CHANGED)) {
            String id = send(myMobiFoneLink(msisdn)).statusCode(202).extract().path("id");
            awaitStatus(id, "FAILED");
            SmsFixtures.get(id).body("reason", equalTo("smsc-status-0x0000000b")).body("attempts", equalTo(1));
            probe.awaitRecord(r -> r.key().equals(msisdn) && r.value().contains("\"status\":\"FAILED\""), Duration.ofSeconds(15));
        }
        assertThat(smsc().submitsTo(msisdn)).isEmpty();
    }

    @Test
    void anUndeliverableReceiptFailsTheMessage() {
        String msisdn = newMsisdn();
        smsc().undeliverable(msisdn, "005");
        String id = send(myMobiFoneLink(msisdn)).statusCode(202).extract().path("id");
        awaitStatus(id, "FAILED");
        SmsFixtures.get(id).body("reason", equalTo("undelivered-undeliv-005")).body("parts[0].state", equalTo("FAILED"));
    }

    @Test
    void messagesInFlightSurviveARestartOfDeliveryAndTheSmsc() {
        SmscSimulator smsc = smsc();
        smsc.receiptDelay(Duration.ofMillis(1_500));
        List<String> ids = new ArrayList<>();
        List<String> msisdns = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String msisdn = newMsisdn();
                msisdns.add(msisdn);
                ids.add(send(myMobiFoneLink(msisdn)).statusCode(202).extract().path("id"));
            }
            // One query, not twenty requests: on a loaded machine a round of GETs outlasts the 1.5 s a message is in flight.
            SmsFixtures.await("some messages in flight", () -> SmsFixtures.count(
                    "SELECT count(*) FROM message WHERE id = ANY(?::uuid[]) AND status = 'SUBMITTED'", (Object) ids.toArray(String[]::new)) > 0,
                    Duration.ofSeconds(15));
            dispatcher.stop();
            smsc.dropSessions();
            dispatcher.start();
        } finally {
            smsc.receiptDelay(Duration.ofMillis(50));
        }
        ids.forEach(id -> awaitStatus(id, "DELIVERED"));
        msisdns.forEach(SmsFixtures::receivedOnce);
    }
}
