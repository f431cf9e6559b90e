package vn.mobifone.care.smsgateway.interop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.mobifone.care.smsgateway.SmsFixtures.await;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.freeText;
import static vn.mobifone.care.smsgateway.SmsFixtures.myMobiFoneLink;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.post;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsc.ReceivedSubmit;
import vn.mobifone.care.smsgateway.SmsFixtures;
import vn.mobifone.care.smsgateway.delivery.DeliveryLedger;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;
import vn.mobifone.care.smsgateway.smpp.SmppLink;

/**
 * The gateway against an SMSC it was not written with: jsmpp's SMPPServerSimulator (see
 * {@link JsmppSimulatorSmsc}) over loopback, every message counted at the SMSC.
 */
@QuarkusTest
@TestProfile(JsmppSimulatorProfile.class)
class JsmppSimulatorInteropTest {

    private static final Logger LOG = Logger.getLogger(JsmppSimulatorInteropTest.class);
    private static JsmppSimulatorSmsc smsc;

    @Inject
    SmppLink link;

    @Inject
    CareClock clock;

    @BeforeAll
    static void startSmsc() {
        smsc = JsmppSimulatorSmsc.start(JsmppSimulatorProfile.port());
    }

    @AfterAll
    static void stopSmsc() {
        smsc.close();
    }

    @BeforeEach
    void bound() {
        await("the gateway binds to jsmpp's simulator", () -> smsc.boundSessions() > 0 && link.isBound(), Duration.ofSeconds(30));
    }

    @AfterEach
    void reset() {
        smsc.answerOneAtATime(Duration.ZERO);
        clock.reset();
    }

    @Test
    void oneMultiPartAndUcs2MessagesArriveOnceAndTheirDecimalReceiptsDeliverThem() {
        String single = newMsisdn();
        String multi = newMsisdn();
        String ucs2 = newMsisdn();
        String multiText = "Kinh gui quy khach, ".repeat(12) + "MobiFone";
        String ucs2Text = "Quý khách đã được cộng 10.000 điểm thưởng. Cảm ơn quý khách đã dùng MobiFone.";
        List<String> ids = List.of(
                send(myMobiFoneLink(single)).statusCode(202).extract().path("id"),
                post(freeText(multi, multiText), Roles.SUPERVISOR).statusCode(202).extract().path("id"),
                post(freeText(ucs2, ucs2Text), Roles.SUPERVISOR).statusCode(202).extract().path("id"));

        ids.forEach(JsmppSimulatorInteropTest::awaitDelivered);

        assertThat(receivedOnce(single)).allSatisfy(p -> assertThat(p.dataCoding()).isEqualTo((byte) 0x00));
        List<ReceivedSubmit> multiParts = receivedOnce(multi);
        assertThat(multiParts).hasSize(2).allSatisfy(p -> assertThat(p.dataCoding()).isEqualTo((byte) 0x00));
        assertThat(multiParts.stream().map(p -> TextEncoding.GSM7.decode(p.payload())).reduce("", String::concat)).isEqualTo(multiText);
        List<ReceivedSubmit> ucs2Parts = receivedOnce(ucs2);
        assertThat(ucs2Parts).hasSize(2).allSatisfy(p -> assertThat(p.dataCoding()).isEqualTo((byte) 0x08));
        assertThat(ucs2Parts.stream().map(p -> TextEncoding.UCS2.decode(p.payload())).reduce("", String::concat)).isEqualTo(ucs2Text);

        for (String msisdn : List.of(single, multi, ucs2)) {
            assertThat(smsc.fieldsTo(msisdn)).allSatisfy(f -> {
                assertThat(f.sourceTon()).as("alphanumeric brandname").isEqualTo((byte) 5);
                assertThat(f.validityPeriod()).as("the message's validity, relative").matches("\\d{12}000R");
            });
        }
        assertThat(smsc.fieldsTo(multi)).allSatisfy(f -> assertThat(f.esmClass() & 0x40).isEqualTo(0x40));
        // The parts keep the SMSC's hex ids, though its receipts named them in decimal.
        SmsFixtures.get(ids.get(1)).body("parts.smscMessageId",
                equalTo(multiParts.stream().sorted(Comparator.comparingInt(ReceivedSubmit::concatSequence))
                        .map(ReceivedSubmit::messageId).toList()));
    }

    @Test
    void aBurstOf500ToAnSmscAnsweringPastTheTimeoutIsSentOnceAndDelivered() {
        double timeouts = metric("sms_submit_timeouts_total");
        double late = metric("sms_submit_late_answers_total");
        double unanswered = unanswered();
        // 25 ms a submit, one at a time: a full window of 50 waits 1.25 s for its last answer, past the 500 ms timeout.
        smsc.answerOneAtATime(Duration.ofMillis(25));
        List<String> msisdns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String msisdn = newMsisdn();
            msisdns.add(msisdn);
            ids.add(send(myMobiFoneLink(msisdn)).statusCode(202).extract().path("id"));
        }
        await("500 messages DELIVERED", () -> delivered(ids) == ids.size(), Duration.ofMinutes(2));

        // Each part of each message exactly once: a part sent twice would show its number twice.
        msisdns.forEach(JsmppSimulatorInteropTest::receivedOnce);
        assertThat(metric("sms_submit_timeouts_total")).as("submits answered past the timeout").isGreaterThan(timeouts);
        assertThat(metric("sms_submit_late_answers_total")).as("late answers taken as sent").isGreaterThan(late);
        assertThat(unanswered()).as("no submit given up").isEqualTo(unanswered);
        LOG.infof("Burst of 500: %.0f submits past the timeout, all answered late and taken as sent",
                metric("sms_submit_timeouts_total") - timeouts);
    }

    @Test
    void anSmscAwayFor20SecondsLosesNothingAndDuplicatesNoMoreThanWasInFlight() {
        double unanswered = unanswered();
        smsc.answerOneAtATime(Duration.ofMillis(10));
        List<String> msisdns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String msisdn = newMsisdn();
            msisdns.add(msisdn);
            ids.add(send(withValidity(myMobiFoneLink(msisdn), 60)).statusCode(202).extract().path("id"));
        }
        await("some messages at the SMSC", () -> smsc.submits().stream().filter(s -> msisdns.contains(s.destination())).count() >= 5,
                Duration.ofSeconds(20));
        smsc.stopFor(Duration.ofSeconds(20));
        await("the gateway sees the SMSC gone", () -> !link.isBound(), Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            String msisdn = newMsisdn();
            msisdns.add(msisdn);
            ids.add(send(withValidity(myMobiFoneLink(msisdn), 60)).statusCode(202).extract().path("id"));
        }

        await("every message at the SMSC again", () -> smsc.isListening() && link.isBound()
                && count("SELECT count(*) FROM message WHERE id = ANY(?::uuid[]) AND status IN ('SUBMITTED', 'DELIVERED')",
                        (Object) ids.toArray(String[]::new)) == ids.size(), Duration.ofSeconds(60));
        // Receipts come a second after each submit; those the SMSC dropped with its sessions never come.
        long[] last = {-1};
        Awaitility.await("receipts settled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            long now = delivered(ids);
            boolean settled = now == last[0];
            last[0] = now;
            return settled;
        });
        long deliveredByReceipt = delivered(ids);
        // Their parts wait as long as the message was valid (60 min) and the grace: then they expire, announced.
        clock.advance(Duration.ofMinutes(62));
        await("every message final", () -> count("""
                SELECT count(*) FROM message WHERE id = ANY(?::uuid[])
                  AND (status = 'DELIVERED' OR (status = 'EXPIRED' AND reason = ?))""",
                ids.toArray(String[]::new), DeliveryLedger.NO_RECEIPT_REASON) == ids.size(), Duration.ofSeconds(20));

        int copies = 0;
        for (String msisdn : msisdns) {
            List<ReceivedSubmit> received = smsc.submitsTo(msisdn);
            int total = received.isEmpty() ? 1 : received.get(0).concatTotal();
            assertThat(received.stream().map(ReceivedSubmit::concatSequence).distinct().count()).as("parts at the SMSC for %s", msisdn)
                    .isEqualTo(total);
            copies += received.size() - total;
        }
        double inFlight = unanswered() - unanswered;
        assertThat((double) copies).as("second copies, against the submits in flight when the SMSC went").isLessThanOrEqualTo(inFlight);
        LOG.infof("Outage of 20 s: %d messages, %.0f submits in flight at the stop, %d sent twice, %d delivered by receipt, "
                + "%d expired without one (the SMSC dropped their receipts with its sessions)", ids.size(), inFlight, copies,
                deliveredByReceipt, ids.size() - deliveredByReceipt);
    }

    private static Map<String, Object> withValidity(Map<String, Object> request, int minutes) {
        request.put("validityMinutes", minutes);
        return request;
    }

    /** The parts of the one message the SMSC received for {@code msisdn}, each part once, in order. */
    private static List<ReceivedSubmit> receivedOnce(String msisdn) {
        List<ReceivedSubmit> parts = smsc.submitsTo(msisdn);
        assertThat(parts).as("parts at the SMSC for %s", msisdn).isNotEmpty();
        int total = parts.get(0).concatTotal();
        assertThat(parts.stream().map(ReceivedSubmit::concatSequence).sorted().toList()).as("part numbers for %s", msisdn)
                .isEqualTo(IntStream.rangeClosed(1, total).boxed().toList());
        return parts;
    }

    private static void awaitDelivered(String id) {
        await("message " + id + " DELIVERED", () -> "DELIVERED".equals(SmsFixtures.status(id)), Duration.ofSeconds(30));
    }

    private static long delivered(List<String> ids) {
        return count("SELECT count(*) FROM message WHERE id = ANY(?::uuid[]) AND status = 'DELIVERED'", (Object) ids.toArray(String[]::new));
    }

    private static double unanswered() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^sms_submit_unanswered_total\\{[^}]*\\} (\\S+)$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }
}
