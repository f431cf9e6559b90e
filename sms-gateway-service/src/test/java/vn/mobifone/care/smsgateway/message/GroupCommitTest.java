package vn.mobifone.care.smsgateway.message;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.smsgateway.SmsFixtures.count;
import static vn.mobifone.care.smsgateway.SmsFixtures.freeText;
import static vn.mobifone.care.smsgateway.SmsFixtures.myMobiFoneLink;
import static vn.mobifone.care.smsgateway.SmsFixtures.newMsisdn;
import static vn.mobifone.care.smsgateway.SmsFixtures.send;
import static vn.mobifone.care.smsgateway.SmsFixtures.templated;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsgateway.SmsFixtures;
import vn.mobifone.care.smsgateway.SmsFixtures.HeldKeys;

@QuarkusTest
class GroupCommitTest {

    @Inject
    IntakeConfig config;

    @Inject
    CareClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** What a single request saw: its status code, and whether its message was committed when the answer came. */
    private record Answer(int status, String key, long rowsWhenAnswered) {
    }

    @Test
    void concurrentSingleRequestsShareACommitAndEachAnswersOnlyOnceItsOwnMessageIsCommitted() throws Exception {
        int writers = config.groupWriters();
        // Advertising after 22:00 waits for the morning: its rows stay as the intake wrote them, in the transaction that wrote them.
        clock.setTo(ZonedDateTime.of(LocalDate.now(CareClock.ZONE), LocalTime.of(22, 30), CareClock.ZONE).toInstant());
        List<Map<String, Object>> blockers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            blockers.add(myMobiFoneLink(newMsisdn()));
        }
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            requests.add(offer(newMsisdn()));
        }
        // Free text from an integration is refused (422) in the group, and its neighbours go through.
        requests.add(freeText(newMsisdn(), "Xin chao"));
        ExecutorService pool = Executors.newFixedThreadPool(writers + requests.size());
        try (HeldKeys held = new HeldKeys(blockers.stream().map(b -> (String) b.get("idempotencyKey")).toArray(String[]::new))) {
            List<CompletableFuture<Answer>> blocked = new ArrayList<>();
            for (Map<String, Object> blocker : blockers) {
                long before = HeldKeys.waiting();
                blocked.add(CompletableFuture.supplyAsync(() -> answer(blocker), pool));
                // Each blocker keeps one writer waiting in its transaction.
                SmsFixtures.await("a writer waits", () -> HeldKeys.waiting() == before + 1, Duration.ofSeconds(30));
            }
            List<CompletableFuture<Answer>> answers = requests.stream()
                    .map(r -> CompletableFuture.supplyAsync(() -> answer(r), pool)).toList();
            SmsFixtures.holds("no request answers before its message is committed",
                    () -> answers.stream().noneMatch(CompletableFuture::isDone)
                            && requests.stream().allMatch(r -> count("SELECT count(*) FROM message WHERE idempotency_key = ?", r.get("idempotencyKey")) == 0),
                    Duration.ofMillis(700));
            held.release();

            for (CompletableFuture<Answer> b : blocked) {
                assertThat(b.get().status()).isEqualTo(202);
            }
            List<Answer> done = answers.stream().map(CompletableFuture::join).toList();
            assertThat(done.subList(0, 9)).allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(202);
                assertThat(a.rowsWhenAnswered()).as("message %s committed when answered", a.key()).isEqualTo(1);
            });
            assertThat(done.get(9).status()).isEqualTo(422);
            assertThat(done.get(9).rowsWhenAnswered()).isZero();
        } finally {
            pool.shutdown();
        }
        // One transaction (xmin) per group, not one per request: the nine that queued meanwhile took at most one per writer.
        String keys = String.join(",", requests.subList(0, 9).stream().map(r -> "'" + r.get("idempotencyKey") + "'").toList());
        assertThat(count("SELECT count(DISTINCT xmin::text) FROM message WHERE idempotency_key IN (" + keys + ")")).isBetween(1L, (long) writers);
    }

    private static Map<String, Object> offer(String msisdn) {
        Map<String, Object> body = templated(msisdn, "package-offer",
                Map.of("benefit", "4GB/ngay", "packageName", "C90N", "price", "90.000", "gift", "1 non bao hiem"));
        body.put("category", "ADVERTISING");
        return body;
    }

    private static Answer answer(Map<String, Object> request) {
        String key = (String) request.get("idempotencyKey");
        int status = send(request).extract().statusCode();
        return new Answer(status, key, count("SELECT count(*) FROM message WHERE idempotency_key = ?", key));
    }
}
