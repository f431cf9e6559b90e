package vn.mobifone.care.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.probe.ProbeNumbers;
import vn.mobifone.care.platform.security.Roles;

/** Events follow the transaction: committed ones arrive even across a broker outage, rolled-back ones never. */
@QuarkusTest
class OutboxTest {

    private static final String AGENT = TestStack.bearer(Roles.AGENT, "A001");

    @Inject
    OutboxRelay relay;

    @Inject
    ProbeNumbers numbers;

    @Test
    void aCommittedChangePublishesItsEventWithHeaders() {
        try (KafkaProbe probe = KafkaProbe.watch("probe-events")) {
            note("committed-note", false, "req-outbox-1").then().statusCode(200);

            ConsumerRecord<String, String> record = probe.awaitRecord(r -> r.value().contains("committed-note"), Duration.ofSeconds(10));
            assertThat(record.key()).isEqualTo("84901234567");
            assertThat(KafkaProbe.header(record, "event-type")).isEqualTo("ProbeEvent");
            assertThat(KafkaProbe.header(record, "event-id")).isNotBlank();
            assertThat(KafkaProbe.header(record, "x-request-id")).isEqualTo("req-outbox-1");
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() throws Exception {
        try (KafkaProbe probe = KafkaProbe.watch("probe-events")) {
            note("rolled-back-note", true, "req-outbox-2").then().statusCode(500);
            note("after-rollback-note", false, "req-outbox-3").then().statusCode(200);

            probe.awaitRecord(r -> r.value().contains("after-rollback-note"), Duration.ofSeconds(10));
            List<ConsumerRecord<String, String>> all = probe.drain(Duration.ofMillis(500));
            assertThat(all).noneMatch(r -> r.value().contains("rolled-back-note"));
        }
        assertThat(count("SELECT count(*) FROM probe_note WHERE text = 'rolled-back-note'")).isZero();
    }

    @Test
    void aLocalTransactionPublishesWhatItCommitsAndNothingItRollsBack() throws Exception {
        try (KafkaProbe probe = KafkaProbe.watch("probe-events")) {
            noteLocally("local-rolled-back-note", true).then().statusCode(500);
            noteLocally("local-committed-note", false).then().statusCode(200);

            // The relay's poll is a minute in these tests: an event within seconds means the commit woke it
            probe.awaitRecord(r -> r.value().contains("local-committed-note"), Duration.ofSeconds(10));
            assertThat(probe.drain(Duration.ofMillis(500))).noneMatch(r -> r.value().contains("local-rolled-back-note"));
        }
        assertThat(count("SELECT count(*) FROM probe_note WHERE text = 'local-rolled-back-note'")).isZero();
        assertThat(count("SELECT count(*) FROM probe_note WHERE text = 'local-committed-note'")).isEqualTo(1);
    }

    @Test
    void manyEventsOfOneTransactionLeaveOnceEachAndInOrderAcrossRelayBatches() throws Exception {
        int events = 4_500; // more than two of the relay's batches, as a bulk import writes them
        try (KafkaProbe probe = KafkaProbe.watch("probe-events")) {
            try (Connection c = TestStack.db(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, created_at) "
                        + "SELECT gen_random_uuid(), 'probe-events', '84901234567', 'ProbeEvent', 'bulk-note-' || g, now() "
                        + "FROM generate_series(1, " + events + ") g");
            }
            relay.wakeUp();

            probe.awaitRecords(r -> r.value().startsWith("bulk-note-"), events, Duration.ofSeconds(30));
            List<Integer> received = probe.drain(Duration.ofMillis(500)).stream().filter(r -> r.value().startsWith("bulk-note-"))
                    .map(r -> Integer.parseInt(r.value().substring("bulk-note-".length()))).toList();
            // One key, one partition: the order on the topic is the order of the outbox ids.
            assertThat(received).hasSize(events).isSorted().doesNotHaveDuplicates();
        }
        assertThat(count("SELECT count(*) FROM outbox_message WHERE payload LIKE 'bulk-note-%'")).isZero();
    }

    @Test
    void aReferenceIsExpandedIntoItsEventsInOrderBetweenTheRowsAroundIt() throws Exception {
        try (KafkaProbe probe = KafkaProbe.watch("probe-events")) {
            try (Connection c = TestStack.db(); Statement s = c.createStatement()) {
                s.executeUpdate(plainRow("before-reference-note") + "; " + reference("expanded", 250) + "; " + plainRow("after-reference-note"));
            }
            relay.wakeUp();

            probe.awaitRecord(r -> r.value().contains("after-reference-note"), Duration.ofSeconds(30));
            List<String> notes = probe.drain(Duration.ofMillis(500)).stream().map(r -> r.value())
                    .filter(v -> v.contains("reference-note") || v.contains("expanded-")).toList();
            assertThat(notes).hasSize(252);
            assertThat(notes.get(0)).contains("before-reference-note");
            assertThat(notes.get(1)).contains("\"expanded-1\"");
            assertThat(notes.get(250)).contains("\"expanded-250\"");
            assertThat(notes.get(251)).contains("after-reference-note");
            ConsumerRecord<String, String> one = probe.awaitRecord(r -> r.value().contains("\"expanded-7\""), Duration.ofSeconds(1));
            assertThat(KafkaProbe.header(one, "event-type")).isEqualTo("ProbeEvent");
            assertThat(KafkaProbe.header(one, "x-request-id")).isEqualTo("req-reference");
        }
        assertThat(count("SELECT count(*) FROM outbox_message WHERE expansion IS NOT NULL")).isZero();
    }

    @Test
    void aRelayThatFailsMidExpansionResumesAfterTheLastBatchTheBrokerAcknowledged() throws Exception {
        // Batches of 100: the batch after position 200 fails once, as a relay stopping there would;
        // 1-200 were acknowledged and recorded, so they are not sent again, and 201-350 follow.
        numbers.failAt = 200;
        try (KafkaProbe probe = KafkaProbe.watch("probe-events")) {
            try (Connection c = TestStack.db(); Statement s = c.createStatement()) {
                s.executeUpdate(reference("resumed", 350));
            }
            relay.wakeUp();

            probe.awaitRecord(r -> r.value().contains("\"resumed-350\""), Duration.ofSeconds(30));
            List<String> notes = probe.drain(Duration.ofMillis(500)).stream().map(r -> r.value())
                    .filter(v -> v.contains("resumed-")).toList();
            assertThat(numbers.failAt).as("the failure happened").isNull();
            assertThat(notes).hasSize(350);
            for (int n = 1; n <= 350; n++) {
                assertThat(notes.get(n - 1)).contains("\"resumed-" + n + "\"");
            }
        } finally {
            numbers.failAt = null;
        }
        assertThat(count("SELECT count(*) FROM outbox_message WHERE expansion IS NOT NULL")).isZero();
    }

    private static String plainRow(String note) {
        return "INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, created_at) "
                + "VALUES (gen_random_uuid(), 'probe-events', '84901234567', 'ProbeEvent', '{\"note\":\"" + note + "\"}', now())";
    }

    private static String reference(String prefix, int count) {
        return "INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, request_id, created_at, expansion) "
                + "VALUES (gen_random_uuid(), 'probe-events', '" + prefix + "', '" + ProbeNumbers.NAME + "', '" + prefix + ":" + count
                + "', 'req-reference', now(), '" + ProbeNumbers.NAME + "')";
    }

    @Test
    void anEventCommittedAfterALaterOneIsStillRelayed() throws Exception {
        try (KafkaProbe probe = KafkaProbe.watch("probe-events");
                Connection slow = TestStack.db()) {
            // This transaction takes the lower id and commits last: a drain that went on after the
            // higher id must not leave it behind for good.
            slow.setAutoCommit(false);
            try (Statement s = slow.createStatement()) {
                s.executeUpdate("INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, created_at) "
                        + "VALUES (gen_random_uuid(), 'probe-events', '84901234567', 'ProbeEvent', '{\"text\":\"slow-commit-note\"}', now())");
            }
            note("fast-commit-note", false, "req-outbox-5").then().statusCode(200);
            probe.awaitRecord(r -> r.value().contains("fast-commit-note"), Duration.ofSeconds(10));

            slow.commit();
            relay.wakeUp();
            probe.awaitRecord(r -> r.value().contains("slow-commit-note"), Duration.ofSeconds(10));
        }
        assertThat(count("SELECT count(*) FROM outbox_message WHERE payload LIKE '%slow-commit-note%'")).isZero();
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveWhenItReturns() throws Exception {
        TestStack.stopKafka();
        try {
            note("written-during-outage", false, "req-outbox-4").then().statusCode(200);
            assertThat(count("SELECT count(*) FROM outbox_message WHERE payload LIKE '%written-during-outage%'")).isEqualTo(1);
        } finally {
            TestStack.startKafka();
        }
        try (KafkaProbe probe = KafkaProbe.watchFromStart("probe-events")) {
            probe.awaitRecord(r -> r.value().contains("written-during-outage"), Duration.ofSeconds(30));
        }
        assertThat(count("SELECT count(*) FROM outbox_message WHERE payload LIKE '%written-during-outage%'")).isZero();
    }

    private static io.restassured.response.Response note(String text, boolean fail, String requestId) {
        return note(text, fail, requestId, 1);
    }

    private static io.restassured.response.Response note(String text, boolean fail, String requestId, int copies) {
        return given().header("Authorization", AGENT).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON)
                .body("{\"msisdn\":\"0901234567\",\"text\":\"" + text + "\",\"copies\":" + copies + "}")
                .post("/probe/notes?fail=" + fail);
    }

    private static io.restassured.response.Response noteLocally(String text, boolean fail) {
        return given().header("Authorization", AGENT).contentType(ContentType.JSON)
                .body("{\"msisdn\":\"0901234567\",\"text\":\"" + text + "\",\"copies\":1}")
                .post("/probe/notes/local?fail=" + fail);
    }

    static long count(String sql) throws Exception {
        try (Connection c = TestStack.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
