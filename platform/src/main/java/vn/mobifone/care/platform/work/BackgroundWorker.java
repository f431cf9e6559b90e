package vn.mobifone.care.platform.work;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A named daemon thread that runs one step after another: the outbox relay, a sweeper, the
 * dispatcher, a group-commit writer, the SMSC link keeper. After a step that found nothing more to
 * do it waits the interval, or less when {@link #wakeUp()} says there is work; after a failed step
 * it waits the backoff, which grows with failures in a row and starts over after a success (a
 * wake-up does not cut a backoff short: the cause of the failure has not gone away because new
 * work came). {@link #close()} lets the step under way end and returns only once the thread has
 * stopped, so the application does not close the pools a step is still using.
 *
 * <p>With a {@link MeterRegistry}, {@code care.worker.steps} and {@code care.worker.failures},
 * tagged with the worker's name, count its steps and failed steps.
 */
public final class BackgroundWorker implements AutoCloseable {

    /** One unit of background work. */
    @FunctionalInterface
    public interface Step {
        /**
         * @return true when there may be more to do at once (a full batch): the next step runs
         *         without waiting; false to wait the interval or a wake-up
         */
        boolean run() throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(BackgroundWorker.class);
    /** After the join wait has passed, how long an interrupted step has to end. */
    private static final Duration INTERRUPTED_WAIT = Duration.ofSeconds(1);

    private final String name;
    private final Step step;
    private final Duration interval;
    private final Backoff backoff;
    private final Duration joinWait;
    private final Counter steps;
    private final Counter failures;
    private final Semaphore wake = new Semaphore(0);
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    private BackgroundWorker(Builder builder, Step step) {
        this.name = builder.name;
        this.step = step;
        this.interval = builder.interval;
        this.backoff = builder.backoff;
        this.joinWait = builder.joinWait;
        this.steps = builder.metrics == null ? null : builder.metrics.counter("care.worker.steps", "worker", name);
        this.failures = builder.metrics == null ? null : builder.metrics.counter("care.worker.failures", "worker", name);
        this.thread = DaemonThreads.named(name, false).newThread(this::loop);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Starts the thread; the first step runs at once. */
    public void start() {
        thread.start();
    }

    /** Runs the next step now if the worker is waiting its interval; a step under way is followed by another at once. */
    public void wakeUp() {
        wake.release();
    }

    /** Whether the worker has not been told to stop: a step that loops checks it between rounds. */
    public boolean running() {
        return running;
    }

    /** Whether the worker's thread is alive: started and not yet stopped. */
    public boolean isAlive() {
        return thread.isAlive();
    }

    /**
     * Stops the worker: no step starts after this, the one under way ends, and the call returns
     * once the thread has stopped. A step that has not ended within the join wait is interrupted
     * (and logged, as it may leave its work half done).
     */
    @Override
    public void close() {
        running = false;
        closing.countDown();
        wake.release();
        if (Thread.currentThread() == thread || !thread.isAlive()) {
            return;
        }
        try {
            thread.join(joinWait.toMillis());
            if (thread.isAlive()) {
                LOG.warnf("%s did not stop within %s of being told to; interrupting it", name, joinWait);
                thread.interrupt();
                thread.join(INTERRUPTED_WAIT.toMillis());
                if (thread.isAlive()) {
                    LOG.errorf("%s did not stop even when interrupted; leaving it behind", name);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        int failuresInARow = 0;
        while (running) {
            try {
                boolean more = step.run();
                count(steps);
                failuresInARow = 0;
                if (!more) {
                    awaitWakeUp(interval);
                }
            } catch (Exception e) {
                if (!running) {
                    return; // a step interrupted by close, or failing because the application stops
                }
                count(steps);
                count(failures);
                failuresInARow++;
                Duration wait = backoff.after(failuresInARow);
                LOG.warnf("%s: %s; next try in %d ms", name, e.getMessage() != null ? e.getMessage() : e.toString(), wait.toMillis());
                awaitClose(wait);
            }
        }
    }

    private void awaitWakeUp(Duration wait) throws InterruptedException {
        if (!wait.isNegative() && !wait.isZero() && wake.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
            wake.drainPermits();
        }
    }

    private void awaitClose(Duration wait) {
        try {
            closing.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // Only close interrupts, and it has already said to stop.
        }
    }

    private static void count(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    /** What a worker is; {@link #start(Step)} starts it. */
    public static final class Builder {
        private final String name;
        private Duration interval = Duration.ofSeconds(1);
        private Backoff backoff = Backoff.fixed(Duration.ofSeconds(1));
        private Duration joinWait = Duration.ofSeconds(10);
        private MeterRegistry metrics;

        private Builder(String name) {
            this.name = name;
        }

        /** The wait after a step that had nothing more to do (1 s unless told). */
        public Builder interval(Duration interval) {
            this.interval = interval;
            return this;
        }

        /** The waits after failed steps (1 s each unless told). */
        public Builder backoff(Backoff backoff) {
            this.backoff = backoff;
            return this;
        }

        /** How long {@link #close()} waits for the step under way before interrupting it (10 s unless told). */
        public Builder joinWait(Duration joinWait) {
            this.joinWait = joinWait;
            return this;
        }

        public Builder metrics(MeterRegistry metrics) {
            this.metrics = metrics;
            return this;
        }

        /** The worker, not yet started: for an owner whose step asks the worker whether it still runs. */
        public BackgroundWorker create(Step step) {
            return new BackgroundWorker(this, step);
        }

        public BackgroundWorker start(Step step) {
            BackgroundWorker worker = create(step);
            worker.start();
            return worker;
        }
    }
}
