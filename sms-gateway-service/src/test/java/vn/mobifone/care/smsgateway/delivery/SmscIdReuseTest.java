package vn.mobifone.care.smsgateway.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.smsgateway.SmsFixtures.awaitStatus;
import static vn.mobifone.care.smsgateway.SmsFixtures.myMobiFoneLink;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;
import static vn.mobifone.care.smsgateway.SmsFixtures.smsc;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsc.SmscSimulator;
import vn.mobifone.care.smsgateway.SmsFixtures;
import vn.mobifone.care.smsgateway.smpp.SmppLink;

/** SMSC ids repeat across restarts and accounts: no part is dropped, no receipt joins the wrong part. */
@QuarkusTest
class SmscIdReuseTest {

    /** The account of the test bind (care.sms.smpp.system-id). */
    private static final String ACCOUNT = "care";

    @Inject
    CareClock clock;

    @Inject
    DeliveryLedger ledger;

    @Inject
    ReceiptConfig receipts;

    @Inject
    SmppLink link;

    /**
     * Each test restarts the SMSC with its counter reset, so it hands out ids that earlier classes'
     * parts had. A receipt an earlier class left unmatched (a receipt the simulator resent after its
     * part was complete) carries that class's moved clock, possibly hours ahead, and would complete
     * a new part with the same id: these tests are about the SMSC's reuse, not about that leftover.
     */
    @BeforeEach
    void noReceiptsLeftByEarlierClasses() throws Exception {
        try (Connection c = TestStack.db(); PreparedStatement s = c.prepareStatement("DELETE FROM delivery_receipt")) {
            s.executeUpdate();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void messagesBeforeAndAfterAnSmscRestartWithItsCounterResetAreAllDelivered() {
        SmscSimulator smsc = restartedSmsc();
        List<String> before = sendAll(4);
        before.forEach(id -> awaitStatus(id, "DELIVERED"));
        Instant restart = clock.instant();

        smsc = restartedSmsc();
        List<String> after = sendAll(4);
        after.forEach(id -> awaitStatus(id, "DELIVERED"));

        Set<String> idsBefore = smscIds(before);
        assertThat(smscIds(after)).as("the SMSC handed out the same ids again").isEqualTo(idsBefore).hasSize(8);
        for (String id : before) {
            JsonPath message = SmsFixtures.get(id).extract().jsonPath();
            assertThat(message.getList("parts.state")).containsOnly("DELIVERED");
            assertThat(message.getList("parts.completedAt", String.class)).allMatch(t -> Instant.parse(t).isBefore(restart));
        }
        for (String id : after) {
            JsonPath message = SmsFixtures.get(id).extract().jsonPath();
            assertThat(message.getList("parts.state")).containsOnly("DELIVERED");
            assertThat(message.getList("parts.smscAccount")).containsOnly(ACCOUNT);
            assertThat(message.getList("parts.submittedAt", String.class)).allMatch(t -> Instant.parse(t).isAfter(restart));
        }
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(SmsFixtures.count("SELECT count(*) FROM message_part WHERE message_id = ANY(?::uuid[])", (Object) all.toArray(String[]::new)))
                .as("no part dropped").isEqualTo(16);
        assertThat(smsc.submits()).isNotEmpty();
    }

    @Test
    void aPartStillWaitingWhenItsIdIsGivenAgainExpiresCountedAndTheNewOneIsDelivered() {
        SmscSimulator smsc = restartedSmsc();
        String lostMsisdn = newMsisdn();
        smsc.withholdReceipts(lostMsisdn);
        double conflicts = conflictCount();
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_STATUS_CHANGED)) {
            String waiting = send(SmsFixtures.templated(lostMsisdn, "store-address", Map.of("storeAddress", "35 Hoa Binh, Can Tho")))
                    .statusCode(202).extract().path("id");
            awaitStatus(waiting, "SUBMITTED");
            String firstId = smsc.submitsTo(lostMsisdn).get(0).messageId();

            restartedSmsc();
            String msisdn = newMsisdn();
            String next = send(SmsFixtures.templated(msisdn, "store-address", Map.of("storeAddress", "35 Hoa Binh, Can Tho")))
                    .statusCode(202).extract().path("id");
            awaitStatus(next, "DELIVERED");
            awaitStatus(waiting, "EXPIRED");

            assertThat(smsc.submitsTo(msisdn).get(0).messageId()).isEqualTo(firstId);
            SmsFixtures.get(waiting).body("reason", equalTo(PartWriter.ID_REUSED_REASON))
                    .body("parts[0].state", equalTo("EXPIRED")).body("parts[0].smscMessageId", equalTo(firstId));
            SmsFixtures.get(next).body("parts[0].state", equalTo("DELIVERED")).body("parts[0].smscMessageId", equalTo(firstId));
            assertThat(conflictCount()).isEqualTo(conflicts + 1);
            probe.awaitRecord(r -> r.key().equals(lostMsisdn) && r.value().contains("\"status\":\"EXPIRED\"")
                    && r.value().contains(PartWriter.ID_REUSED_REASON), Duration.ofSeconds(15));
        } finally {
            smsc.clearFailures();
        }
    }

    @Test
    void anOldReceiptForAReusedIdDoesNotCompleteTodaysPart() throws Exception {
        restartedSmsc();
        // The SMSC will give "10001" to the next part; a receipt for an earlier "10001" waits unmatched.
        try (Connection c = TestStack.db(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO delivery_receipt (smsc_account, smsc_message_id, delivered, error, received_at)
                VALUES (?, '10001', FALSE, 'undeliv-001', ?)""")) {
            s.setString(1, ACCOUNT);
            s.setTimestamp(2, Timestamp.from(clock.instant().minus(Duration.ofHours(1))));
            s.executeUpdate();
        }
        String msisdn = newMsisdn();
        String id = send(SmsFixtures.templated(msisdn, "store-address", Map.of("storeAddress", "35 Hoa Binh, Can Tho")))
                .statusCode(202).extract().path("id");
        awaitStatus(id, "DELIVERED");
        SmsFixtures.get(id).body("parts[0].smscMessageId", equalTo("10001")).body("parts[0].state", equalTo("DELIVERED"))
                .body("parts[0].error", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void twoSmscAccountsGivingTheSameIdKeepTheirPartsAndReceiptsApart() {
        Dispatch alpha = SmsFixtures.leasedMessage(newMsisdn());
        Dispatch beta = SmsFixtures.leasedMessage(newMsisdn());
        String sameId = "a" + UUID.randomUUID().toString().substring(0, 8);
        Instant submitted = clock.instant();
        ledger.record(List.of(
                new DeliveryOutcome.Submitted(alpha, List.of(new SubmittedPart(1, "alpha", sameId, submitted))),
                new DeliveryOutcome.Submitted(beta, List.of(new SubmittedPart(1, "beta", sameId, submitted)))));
        SmsFixtures.get(alpha.messageId().toString()).body("status", equalTo("SUBMITTED")).body("parts[0].smscAccount", equalTo("alpha"));
        SmsFixtures.get(beta.messageId().toString()).body("status", equalTo("SUBMITTED")).body("parts[0].smscAccount", equalTo("beta"));

        ledger.record(List.of(receipt("beta", sameId, false, "undeliv-005")));
        SmsFixtures.get(beta.messageId().toString()).body("status", equalTo("FAILED")).body("reason", equalTo("undelivered-undeliv-005"));
        SmsFixtures.get(alpha.messageId().toString()).body("status", equalTo("SUBMITTED")).body("parts[0].state", equalTo("SUBMITTED"));

        ledger.record(List.of(receipt("alpha", sameId, true, null)));
        SmsFixtures.get(alpha.messageId().toString()).body("status", equalTo("DELIVERED"));
        SmsFixtures.get(beta.messageId().toString()).body("status", equalTo("FAILED"));
    }

    @Test
    void twoPartsOfOneBatchUnderTheSameIdLeaveItToTheLaterAndCountTheConflict() {
        Dispatch earlier = SmsFixtures.leasedMessage(newMsisdn());
        Dispatch later = SmsFixtures.leasedMessage(newMsisdn());
        String sameId = "b" + UUID.randomUUID().toString().substring(0, 8);
        Instant submitted = clock.instant();
        double conflicts = conflictCount();
        ledger.record(List.of(
                new DeliveryOutcome.Submitted(later, List.of(new SubmittedPart(1, ACCOUNT, sameId, submitted.plusMillis(5)))),
                new DeliveryOutcome.Submitted(earlier, List.of(new SubmittedPart(1, ACCOUNT, sameId, submitted)))));

        SmsFixtures.get(earlier.messageId().toString()).body("status", equalTo("EXPIRED"))
                .body("reason", equalTo(PartWriter.ID_REUSED_REASON)).body("parts[0].smscMessageId", equalTo(sameId));
        SmsFixtures.get(later.messageId().toString()).body("status", equalTo("SUBMITTED")).body("parts[0].state", equalTo("SUBMITTED"));
        assertThat(conflictCount()).isEqualTo(conflicts + 1);

        ledger.record(List.of(receipt(ACCOUNT, sameId, true, null)));
        SmsFixtures.get(later.messageId().toString()).body("status", equalTo("DELIVERED"));
    }

    @Test
    void aPartWhoseReceiptNeverComesExpiresOnceTheReceiptValidityHasPassed() {
        SmscSimulator smsc = smsc();
        String msisdn = newMsisdn();
        smsc.withholdReceipts(msisdn);
        try (KafkaProbe probe = KafkaProbe.watch(Topics.SMS_STATUS_CHANGED)) {
            // Valid for a week: the receipt validity (48 h) ends the wait first.
            Map<String, Object> request = myMobiFoneLink(msisdn);
            request.put("validityMinutes", 7 * 24 * 60);
            String id = send(request).statusCode(202).extract().path("id");
            awaitStatus(id, "SUBMITTED");
            clock.advance(receipts.validity().minusMinutes(1));
            assertThat(SmsFixtures.status(id)).isEqualTo("SUBMITTED");

            clock.advance(Duration.ofMinutes(2));
            awaitStatus(id, "EXPIRED");
            SmsFixtures.get(id).body("reason", equalTo(DeliveryLedger.NO_RECEIPT_REASON))
                    .body("parts.state", equalTo(List.of("EXPIRED", "EXPIRED")));
            probe.awaitRecord(r -> r.key().equals(msisdn) && r.value().contains("\"status\":\"EXPIRED\"")
                    && r.value().contains(DeliveryLedger.NO_RECEIPT_REASON), Duration.ofSeconds(15));
        } finally {
            smsc.clearFailures();
        }
    }

    @Test
    void aPartWhoseReceiptNeverComesExpiresWithItsMessagesValidity() {
        SmscSimulator smsc = smsc();
        String msisdn = newMsisdn();
        smsc.withholdReceipts(msisdn);
        try {
            Map<String, Object> request = myMobiFoneLink(msisdn);
            request.put("validityMinutes", 30);
            String id = send(request).statusCode(202).extract().path("id");
            awaitStatus(id, "SUBMITTED");
            // The SMSC had the same validity and reports the part by then; the grace leaves its receipt time to come.
            clock.advance(Duration.ofMinutes(30).plus(receipts.grace()).minusMinutes(1));
            SmsFixtures.holds("still waiting for its receipt", () -> "SUBMITTED".equals(SmsFixtures.status(id)), Duration.ofMillis(600));

            clock.advance(Duration.ofMinutes(2));
            awaitStatus(id, "EXPIRED");
            SmsFixtures.get(id).body("reason", equalTo(DeliveryLedger.NO_RECEIPT_REASON));
        } finally {
            smsc.clearFailures();
        }
    }

    /** Restarts the SMSC once the gateway is bound (closing a bind half-answered would only test jsmpp), then waits for the rebind. */
    private SmscSimulator restartedSmsc() {
        SmscSimulator smsc = smsc();
        SmsFixtures.await("the gateway's side of the bind", link::isBound, Duration.ofSeconds(20));
        smsc.restartWithIdsReset();
        SmsFixtures.await("the gateway binds again", () -> smsc.boundSessions() > 0 && link.isBound(), Duration.ofSeconds(20));
        return smsc;
    }

    private static List<String> sendAll(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(send(myMobiFoneLink(newMsisdn())).statusCode(202).extract().path("id"));
        }
        return ids;
    }

    private static Set<String> smscIds(List<String> messageIds) {
        Set<String> ids = new HashSet<>();
        messageIds.forEach(id -> ids.addAll(SmsFixtures.get(id).extract().jsonPath().getList("parts.smscMessageId", String.class)));
        return ids;
    }

    private DeliveryOutcome.Receipt receipt(String account, String smscId, boolean delivered, String error) {
        return new DeliveryOutcome.Receipt(account, smscId, delivered, error, clock.instant(), new CompletableFuture<>());
    }

    private static double conflictCount() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^sms_part_id_conflicts_total\\{kind=\"id-reused\",?\\} (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
