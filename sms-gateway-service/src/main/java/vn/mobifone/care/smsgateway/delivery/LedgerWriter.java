package vn.mobifone.care.smsgateway.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One thread that records outcomes in batches: at high rates one transaction carries hundreds of
 * state changes (group commit). A failed batch is kept and written again after a pause; receipts
 * in it are answered negatively instead, so the SMSC sends them again.
 */
@ApplicationScoped
public class LedgerWriter {

    private static final Logger LOG = Logger.getLogger(LedgerWriter.class);
    private static final int MAX_BATCH = 1000;
    private static final long PAUSE_AFTER_FAILURE_MS = 500;

    private final DeliveryLedger ledger;
    private final DispatchConfig config;
    private final LinkedBlockingQueue<Outcome> queue = new LinkedBlockingQueue<>();
    private final Deque<Outcome> unwritten = new ArrayDeque<>();
    private volatile boolean running;
    private Thread worker;

    public LedgerWriter(DeliveryLedger ledger, DispatchConfig config) {
        this.ledger = ledger;
        this.config = config;
    }

    public void record(Outcome outcome) {
        queue.add(outcome);
    }

    /** Records a receipt; the future completes when it is committed. */
    public CompletableFuture<Void> receipt(SmscId smscId, boolean delivered, String error, java.time.Instant receivedAt) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Outcome.Receipt(smscId.account(), smscId.id(), delivered, error, receivedAt, committed));
        return committed;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "sms-ledger-writer");
        worker.setDaemon(true);
        worker.start();
    }

    /** Writes what is queued, then stops. */
    synchronized void stop() {
        running = false;
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    private void loop() {
        while (running || !queue.isEmpty() || !unwritten.isEmpty()) {
            try {
                List<Outcome> batch = next();
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Outcome> next() throws InterruptedException {
        List<Outcome> batch = new ArrayList<>(unwritten);
        unwritten.clear();
        if (batch.isEmpty()) {
            Outcome first = queue.poll(100, TimeUnit.MILLISECONDS);
            if (first == null) {
                return batch;
            }
            batch.add(first);
            // Let company arrive: at load this turns hundreds of commits into one.
            Thread.sleep(config.writeLinger().toMillis());
        }
        queue.drainTo(batch, MAX_BATCH - batch.size());
        return batch;
    }

    private void write(List<Outcome> batch) throws InterruptedException {
        try {
            ledger.record(batch);
            for (Outcome o : batch) {
                if (o instanceof Outcome.Receipt r) {
                    r.committed().complete(null);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Delivery ledger batch of %d not written, retrying: %s", batch.size(), e.getMessage());
            for (Outcome o : batch) {
                if (o instanceof Outcome.Receipt r) {
                    r.committed().completeExceptionally(e);
                } else {
                    unwritten.add(o);
                }
            }
            Thread.sleep(PAUSE_AFTER_FAILURE_MS);
        }
    }
}
