package vn.mobifone.care.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;

/**
 * The gateway's half of the flow, as another service drives it: a command on {@code sms-requested}
 * reaches the SMSC once over SMPP, and the SMSC's receipt comes back as DELIVERED on
 * {@code sms-status-changed}.
 */
@ExtendWith(PackagedSuite.Extension.class)
class E2ESmsDeliveryTest {

    @Test
    void aRequestedSmsReachesTheSmscOnceAndItsReceiptIsAnnouncedAsDelivered(PackagedSuite suite) {
        String msisdn = Subscribers.nextMsisdn();
        String key = "e2e-" + UUID.randomUUID();
        SmsRequested command = new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, key, msisdn,
                SeedTexts.MY_MOBIFONE_LINK_TEMPLATE, Map.of(), "SMS", null, "CARE", null, null);
        try (KafkaProbe statuses = KafkaProbe.watch(Topics.SMS_STATUS_CHANGED)) {
            Events.send(Topics.SMS_REQUESTED, command);
            // The same command delivered again, and a second command with the same idempotency key:
            // neither may reach the customer a second time.
            Events.send(Topics.SMS_REQUESTED, command);
            Events.send(Topics.SMS_REQUESTED, new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, key, msisdn,
                    SeedTexts.MY_MOBIFONE_LINK_TEMPLATE, Map.of(), "SMS", null, "CARE", null, null));

            ConsumerRecord<String, String> delivered = statuses.awaitRecord(
                    Events.on(Topics.SMS_STATUS_CHANGED, "idempotencyKey", key).and(r -> "DELIVERED".equals(Events.read(r).path("status").asText())),
                    Events.WAIT);
            assertThat(delivered.key()).isEqualTo(msisdn);
            assertThat(Events.read(delivered).path("channel").asText()).isEqualTo("SMS");

            assertThat(SmscInbox.receivedOnce(suite.smsc(), msisdn)).isEqualTo(SeedTexts.MY_MOBIFONE_LINK);
            List<ConsumerRecord<String, String>> later = statuses.drain(Duration.ofSeconds(2));
            assertThat(later.stream().filter(Events.on(Topics.SMS_STATUS_CHANGED, "idempotencyKey", key))
                    .filter(r -> "DELIVERED".equals(Events.read(r).path("status").asText()))).hasSize(1);
            assertThat(SmscInbox.receivedOnce(suite.smsc(), msisdn)).isEqualTo(SeedTexts.MY_MOBIFONE_LINK);
        }
    }
}
