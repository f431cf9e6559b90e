package vn.mobifone.care.platform.work;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;

/**
 * The background loop of a sweeper (SLA breaches, receipts that never came): sweep one batch, and
 * when the batch was not full, wait the interval before the next; a failed sweep is logged and
 * tried again after the interval, so a database outage delays the sweeps and stops nothing.
 * Closing stops the loop and waits for a sweep under way to end.
 */
public final class SweepLoop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SweepLoop.class);

    private final String name;
    private final IntSupplier sweepOnce;
    private final int batchSize;
    private final Duration interval;
    private final Thread thread;
    private volatile boolean running = true;

    private SweepLoop(String name, IntSupplier sweepOnce, int batchSize, Duration interval) {
        this.name = name;
        this.sweepOnce = sweepOnce;
        this.batchSize = batchSize;
        this.interval = interval;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    /** @param sweepOnce sweeps at most one batch, in a transaction of its own, and returns how many items it handled */
    public static SweepLoop start(String name, IntSupplier sweepOnce, int batchSize, Duration interval) {
        SweepLoop loop = new SweepLoop(name, sweepOnce, batchSize, interval);
        loop.thread.start();
        return loop;
    }

    private void loop() {
        while (running) {
            try {
                if (sweepOnce.getAsInt() < batchSize) {
                    Thread.sleep(interval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("%s: sweep failed, retrying in %s: %s", name, interval, e.getMessage());
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
