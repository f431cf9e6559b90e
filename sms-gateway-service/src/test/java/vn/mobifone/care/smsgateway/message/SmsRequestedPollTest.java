package vn.mobifone.care.smsgateway.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.smsgateway.SmsFixtures.await;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.smsgateway.SmsFixtures;

/** Commands arriving in a burst, taken a poll at a time: caps, opt-outs and refusals as for one command. */
@QuarkusTest
class SmsRequestedPollTest {

    private static final Map<String, String> OFFER = Map.of("benefit", "4GB/ngay", "packageName", "C90N", "price", "90.000", "gift",
            "1 non bao hiem");

    @Inject
    ObjectMapper json;

    @Test
    void aPoisonedAndARefusedCommandInABurstAreParkedAndTheOthersAreAcceptedOnce() throws Exception {
        smsc();
        String campaign = "arpu-2022-" + newMsisdn();
        given().header("Authorization", TestStack.bearer(Roles.INTEGRATION, "I001")).contentType("application/json")
                .body(Map.of("smsPerSubscriber", 2)).put("/campaign-limits/" + campaign).then().statusCode(201);
        String capped = newMsisdn();
        String optedOut = newMsisdn();
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).contentType("application/json")
                .body(Map.of("source", "hotline")).put("/opt-outs/" + optedOut).then().statusCode(200);
        String poisoned = newMsisdn();
        String refused = newMsisdn();
        List<String> care = new ArrayList<>();
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String msisdn = newMsisdn();
            care.add(msisdn);
            burst.add(command(care(msisdn)));
            if (i == 3) {
                burst.add(new ProducerRecord<>(Topics.SMS_REQUESTED, poisoned, "{\"eventId\": \"not-a-uuid\""));
            }
            if (i == 2) {
                burst.add(command(new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, "offer-" + optedOut, optedOut,
                        "package-offer", OFFER, "SMS", campaign, "ADVERTISING", null, null)));
            }
            if (i == 4) {
                burst.add(command(new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, "burst-" + refused, refused,
                        "no-such-template", Map.of(), "SMS", null, "CARE", null, null)));
            }
            // Three offers of one campaign to one subscriber, among the others: its cap of two holds inside one poll.
            if (i % 3 == 1) {
                burst.add(command(new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, "offer-" + i + "-" + capped,
                        capped, "package-offer", OFFER, "SMS", campaign, "ADVERTISING", null, null)));
            }
        }

        try (KafkaProbe dlt = KafkaProbe.watch(Topics.deadLetter(Topics.SMS_REQUESTED))) {
            produce(burst);
            List<ConsumerRecord<String, String>> parked = dlt.awaitRecords(
                    r -> poisoned.equals(r.key()) || refused.equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(parked).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(poisoned, refused);
            assertThat(parked).allSatisfy(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).isNotBlank());
            assertThat(parked).filteredOn(r -> refused.equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("refused", "no-such-template"));
            assertThat(parked).filteredOn(r -> poisoned.equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(KafkaProbe.header(r, "dead-letter-topic")).isEqualTo(Topics.SMS_REQUESTED));
        }
        await("every valid command is accepted", () -> care.stream().allMatch(m -> messages(m) == 1)
                && messages(capped) == 3 && messages(optedOut) == 1, Duration.ofSeconds(20));
        assertThat(count("SELECT count(*) FROM message WHERE msisdn = ? AND status = 'REJECTED' AND reason = 'opted-out'", optedOut))
                .isEqualTo(1);
        assertThat(messages(poisoned) + messages(refused)).isZero();
        assertThat(count("SELECT count(*) FROM message WHERE msisdn = ? AND status = 'REJECTED' AND reason = 'cap-exceeded'", capped))
                .isEqualTo(1);
        // In the order of the poll: the third offer is the one over the cap.
        assertThat(count("SELECT count(*) FROM message WHERE idempotency_key = ? AND reason = 'cap-exceeded'", "offer-7-" + capped))
                .isEqualTo(1);
        assertThat(count("SELECT used FROM subscriber_cap WHERE msisdn = ? AND campaign_id = ?", capped, campaign)).isEqualTo(2);
        await("a care message is delivered", () -> count("SELECT count(*) FROM message WHERE msisdn = ? AND status = 'DELIVERED'",
                care.get(5)) == 1, Duration.ofSeconds(20));
        given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).queryParam("msisdn", care.get(5)).get("/messages").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
        SmsFixtures.receivedOnce(care.get(5));

        // The same poll again (same event ids, as after a rebalance): the refused two are parked again, nothing else changes.
        try (KafkaProbe dlt = KafkaProbe.watch(Topics.deadLetter(Topics.SMS_REQUESTED))) {
            produce(burst);
            dlt.awaitRecords(r -> poisoned.equals(r.key()) || refused.equals(r.key()), 2, Duration.ofSeconds(30));
        }
        assertThat(care).allSatisfy(m -> assertThat(messages(m)).isEqualTo(1));
        assertThat(messages(capped)).isEqualTo(3);
        assertThat(messages(optedOut)).isEqualTo(1);
        assertThat(count("SELECT used FROM subscriber_cap WHERE msisdn = ? AND campaign_id = ?", capped, campaign)).isEqualTo(2);
        String eventIds = "{" + String.join(",", burst.stream().map(this::eventIdOf).filter(id -> id != null).toList()) + "}";
        assertThat(count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ANY (?::uuid[])", Topics.SMS_REQUESTED,
                eventIds)).isEqualTo(care.size() + 4);
        // processed_at is the transaction's start: commands of one poll share it.
        assertThat(count("SELECT count(DISTINCT processed_at) FROM processed_event WHERE consumer = ? AND event_id = ANY (?::uuid[])",
                Topics.SMS_REQUESTED, eventIds)).isLessThan(care.size() + 4);
        SmsFixtures.receivedOnce(care.get(5));
    }

    private long messages(String msisdn) {
        return count("SELECT count(*) FROM message WHERE msisdn = ?", msisdn);
    }

    private static SmsRequested care(String msisdn) {
        return new SmsRequested(UUID.randomUUID(), Instant.now(), SmsRequested.VERSION, "burst-" + msisdn, msisdn, "my-mobifone-link",
                Map.of(), "SMS", null, "CARE", null, null);
    }

    private ProducerRecord<String, String> command(SmsRequested command) throws Exception {
        return new ProducerRecord<>(Topics.SMS_REQUESTED, command.msisdn(), json.writeValueAsString(command));
    }

    private String eventIdOf(ProducerRecord<String, String> record) {
        try {
            return json.readValue(record.value(), SmsRequested.class).eventId().toString();
        } catch (Exception unreadable) {
            return null;
        }
    }

    /** The whole burst from one producer, flushed at once, so that the gateway's polls bring many commands each. */
    private static void produce(List<ProducerRecord<String, String>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            records.forEach(producer::send);
            producer.flush();
        }
    }
}
