package vn.mobifone.care.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitWriterTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What the commits were given, batch by batch. */
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @Test
    void eachCallerLearnsItsOwnOutcomeAfterTheCommit() throws Exception {
        IllegalArgumentException refusal = new IllegalArgumentException("bad line");
        try (GroupCommitWriter<String> writer = GroupCommitWriter.start("test-own", 1, 100, items -> {
            batches.add(items);
            return items.stream().filter("bad"::equals).map(i -> new GroupCommit.Refused<>(i, (RuntimeException) refusal)).toList();
        })) {
            writer.write("first", WAIT, "Line first");
            assertThat(batches).containsExactly(List.of("first"));

            assertThatThrownBy(() -> writer.write("bad", WAIT, "Line bad")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Line bad could not be recorded").hasCause(refusal);
        }
    }

    @Test
    void whatQueuesWhileABatchCommitsIsTheNextBatchAndAFailedBatchFailsEachOfItsCallers() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommitWriter<String> writer = GroupCommitWriter.start("test-batch", 1, 100, items -> {
            batches.add(items);
            if (items.contains("a")) {
                inFirst.countDown();
                awaitRelease(release);
                return List.of();
            }
            throw new IllegalStateException("database away");
        })) {
            CompletableFuture<Void> a = writer.append("a");
            assertThat(inFirst.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            CompletableFuture<Void> b = writer.append("b");
            CompletableFuture<Void> c = writer.append("c");
            assertThat(a).as("not before its commit").isNotDone();
            release.countDown();

            a.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThatThrownBy(() -> b.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("database away");
            assertThat(c).isCompletedExceptionally();
            assertThat(batches).containsExactly(List.of("a"), List.of("b", "c"));
        }
    }

    @Test
    void anItemWhoseCallerGaveUpBeforeItsBatchWasTakenIsNotWritten() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommitWriter<String> writer = GroupCommitWriter.start("test-gave-up", 1, 100, items -> {
            batches.add(items);
            inFirst.countDown();
            awaitRelease(release);
            return List.of();
        })) {
            writer.append("first");
            assertThat(inFirst.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThatThrownBy(() -> writer.write("late", Duration.ofMillis(50), "Line late")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Line late was not recorded within PT0.05S");
            CompletableFuture<Void> after = writer.append("after");
            release.countDown();

            after.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(batches).containsExactly(List.of("first"), List.of("after"));
        }
    }

    @Test
    void closeCommitsWhatIsQueuedAndReturnsOnceTheWritersStopped() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommitWriter<String> writer = GroupCommitWriter.start("test-close", 2, 100, items -> {
            batches.add(items);
            inFirst.countDown();
            awaitRelease(release);
            return List.of();
        });
        CompletableFuture<Void> first = writer.append("first");
        assertThat(inFirst.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        List<CompletableFuture<Void>> queued = List.of(writer.append("q1"), writer.append("q2"), writer.append("q3"));

        CompletableFuture<Void> closing = CompletableFuture.runAsync(writer::close);
        await().atMost(WAIT).untilAsserted(() -> assertThatThrownBy(() -> writer.append("refused"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed"));
        release.countDown();

        closing.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(first).isCompleted();
        queued.forEach(f -> assertThat(f).isCompleted());
        assertThat(batches.stream().flatMap(List::stream)).containsExactlyInAnyOrder("first", "q1", "q2", "q3");
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
