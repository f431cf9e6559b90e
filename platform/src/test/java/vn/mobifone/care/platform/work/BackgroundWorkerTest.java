package vn.mobifone.care.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void closeReturnsOnlyOnceTheStepUnderWayHasEnded() throws Exception {
        CountDownLatch inStep = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        BackgroundWorker worker = BackgroundWorker.named("test-close").interval(Duration.ofHours(1)).start(() -> {
            inStep.countDown();
            release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            ended.set(true);
            return false;
        });
        assertThat(inStep.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(worker::close);
        await().atMost(WAIT).until(() -> !worker.running());
        assertThat(closing).as("close waits for the step under way").isNotDone();
        release.countDown();

        closing.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(ended).isTrue();
        assertThat(worker.isAlive()).isFalse();
    }

    @Test
    void aStepThatDoesNotEndIsInterruptedOnceTheJoinWaitHasPassed() throws Exception {
        CountDownLatch inStep = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        BackgroundWorker worker = BackgroundWorker.named("test-stuck").joinWait(Duration.ofMillis(100)).start(() -> {
            inStep.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return false;
        });
        assertThat(inStep.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        worker.close();
        assertThat(interrupted).isTrue();
        assertThat(worker.isAlive()).isFalse();
    }

    @Test
    void aWakeUpRunsTheNextStepWithoutWaitingTheInterval() {
        AtomicInteger steps = new AtomicInteger();
        try (BackgroundWorker worker = BackgroundWorker.named("test-wake").interval(Duration.ofHours(1)).start(() -> {
            steps.incrementAndGet();
            return false;
        })) {
            await().atMost(WAIT).untilAtomic(steps, org.hamcrest.Matchers.equalTo(1));
            worker.wakeUp();
            await().atMost(WAIT).untilAtomic(steps, org.hamcrest.Matchers.equalTo(2));
        }
    }

    @Test
    void aStepWithMoreToDoIsFollowedByTheNextAtOnce() {
        AtomicInteger steps = new AtomicInteger();
        try (BackgroundWorker worker = BackgroundWorker.named("test-more").interval(Duration.ofHours(1))
                .start(() -> steps.incrementAndGet() < 5)) {
            await().atMost(WAIT).untilAtomic(steps, org.hamcrest.Matchers.equalTo(5));
        }
    }

    /**
     * Eight failures in a row wait 1 + 2 + … + 128 ms. Were the backoff not to start over after
     * the success, the next eight would wait from 256 ms up to half a minute, well past the wait.
     */
    @Test
    void theBackoffGrowsWithFailuresInARowAndStartsOverAfterASuccess() {
        AtomicInteger steps = new AtomicInteger();
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (BackgroundWorker worker = BackgroundWorker.named("test-backoff").interval(Duration.ofHours(1))
                .backoff(new Backoff(Duration.ofMillis(1), Duration.ofHours(1))).metrics(metrics).start(() -> {
                    int step = steps.incrementAndGet();
                    if (step == 9 || step == 18) {
                        return true;
                    }
                    if (step > 18) {
                        return false;
                    }
                    throw new IllegalStateException("failure " + step);
                })) {
            await().atMost(Duration.ofSeconds(5)).untilAtomic(steps, org.hamcrest.Matchers.equalTo(19));
            assertThat(metrics.counter("care.worker.failures", "worker", "test-backoff").count()).isEqualTo(16);
            assertThat(metrics.counter("care.worker.steps", "worker", "test-backoff").count()).isGreaterThanOrEqualTo(18);
        }
    }

    @Test
    void theBackoffDoublesFromItsMinimumUpToItsMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.fixed(Duration.ofSeconds(2)).after(7)).isEqualTo(Duration.ofSeconds(2));
    }
}
