package vn.mobifone.care.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;

/** Redelivery changes nothing; a poisoned message is parked on the dead-letter topic and the partition flows on. */
@QuarkusTest
class IdempotentConsumerTest {

    private static final String KEY = "84771234567";

    @Inject
    IdempotentConsumer idempotent;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID eventId = UUID.randomUUID();
        String event = command(eventId, "delivered-twice");
        KafkaProbe.send("probe-commands", KEY, event);
        KafkaProbe.send("probe-commands", KEY, event);
        UUID marker = UUID.randomUUID();
        KafkaProbe.send("probe-commands", KEY, command(marker, "marker"));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects(marker) == 1);
        assertThat(effects(eventId)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextOneIsConsumed() throws Exception {
        UUID next = UUID.randomUUID();
        try (KafkaProbe dlt = KafkaProbe.watch("probe-commands.dlt")) {
            KafkaProbe.send("probe-commands", KEY, "{not json at all");
            KafkaProbe.send("probe-commands", KEY, "{\"note\":\"no envelope\"}");
            KafkaProbe.send("probe-commands", KEY, command(next, "after-poison"));

            await().atMost(Duration.ofSeconds(20)).until(() -> effects(next) == 1);
            ConsumerRecord<String, String> parked = dlt.awaitRecord(r -> r.value().contains("not json"), Duration.ofSeconds(10));
            assertThat(KafkaProbe.header(parked, "dead-letter-reason")).contains("Unreadable ProbeEvent");
            dlt.awaitRecord(r -> r.value().contains("no envelope"), Duration.ofSeconds(10));
        }
    }

    @Test
    void anEventClaimedOnAConnectionIsRecordedWithItsTransaction() throws Exception {
        UUID kept = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        try (Connection c = TestStack.db()) {
            c.setAutoCommit(false);
            assertThat(idempotent.claim(c, "probe-batch", rolledBack)).isTrue();
            c.rollback();
            assertThat(idempotent.claim(c, "probe-batch", kept)).isTrue();
            assertThat(idempotent.claim(c, "probe-batch", kept)).as("the same event again in one transaction").isFalse();
            assertThat(idempotent.claim(c, "probe-batch", rolledBack)).as("rolled back, so new again").isTrue();
            c.commit();
        }
        try (Connection c = TestStack.db()) {
            assertThat(idempotent.claim(c, "probe-batch", kept)).as("committed before").isFalse();
            assertThat(idempotent.claim(c, "another-consumer", kept)).as("per consumer").isTrue();
        }
    }

    private static String command(UUID eventId, String note) {
        return "{\"eventId\":\"" + eventId + "\",\"occurredAt\":\"2026-11-21T08:00:00Z\",\"version\":1,"
                + "\"msisdn\":\"" + KEY + "\",\"note\":\"" + note + "\"}";
    }

    private static long effects(UUID eventId) throws Exception {
        try (Connection c = TestStack.db();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM probe_effect WHERE event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
