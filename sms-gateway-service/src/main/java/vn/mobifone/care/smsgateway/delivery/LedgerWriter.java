package vn.mobifone.care.smsgateway.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.work.BackgroundWorker;
import vn.mobifone.care.platform.work.Backoff;

/**
 * One thread that records outcomes in batches: at high rates one transaction carries hundreds of
 * state changes (group commit). A failed batch is kept and written again after a pause; receipts
 * in it are answered negatively instead, so the SMSC sends them again. Unlike the platform's
 * {@code GroupCommitWriter}, whose callers wait and learn a failure, the senders hand an outcome
 * over and go on: an outcome is written in its turn however long the database is away.
 */
@ApplicationScoped
public class LedgerWriter {

    private static final Logger LOG = Logger.getLogger(LedgerWriter.class);
    private static final int MAX_BATCH = 1000;
    /** After a batch the database did not take, before it is tried again. */
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(500);

    private final DeliveryLedger ledger;
    private final DispatchConfig config;
    private final LinkedBlockingQueue<DeliveryOutcome> queue = new LinkedBlockingQueue<>();
    private final Deque<DeliveryOutcome> unwritten = new ArrayDeque<>();
    private BackgroundWorker worker;

    public LedgerWriter(DeliveryLedger ledger, DispatchConfig config) {
        this.ledger = ledger;
        this.config = config;
    }

    public void record(DeliveryOutcome outcome) {
        queue.add(outcome);
    }

    /** Records a receipt; the future completes when it is committed. */
    public CompletableFuture<Void> receipt(SmscId smscId, boolean delivered, String error, java.time.Instant receivedAt) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new DeliveryOutcome.Receipt(smscId.account(), smscId.id(), delivered, error, receivedAt, committed));
        return committed;
    }

    /**
     * Writes batch after batch. The step waits for the first outcome itself (100 ms at most), so the
     * worker runs it again at once; a batch the database did not take stays first in line and is
     * tried again after a pause. Only this thread touches {@code unwritten}, and after
     * {@link #stop()} joined it, the stopping one.
     */
    synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = BackgroundWorker.named("sms-ledger-writer").backoff(Backoff.fixed(PAUSE_AFTER_FAILURE)).start(() -> {
            List<DeliveryOutcome> batch = next();
            if (!batch.isEmpty()) {
                write(batch);
            }
            return true;
        });
    }

    /** Writes what is queued, then stops: what the database refuses at this point is logged and dropped. */
    synchronized void stop() {
        if (worker == null) {
            return;
        }
        worker.close();
        worker = null;
        try {
            for (List<DeliveryOutcome> rest = remaining(); !rest.isEmpty(); rest = remaining()) {
                write(rest);
            }
        } catch (RuntimeException e) {
            LOG.errorf("Outcomes not written at stop (their messages are claimed again after the lease): %s", e.getMessage());
        }
    }

    private List<DeliveryOutcome> remaining() {
        List<DeliveryOutcome> batch = new ArrayList<>(unwritten);
        unwritten.clear();
        queue.drainTo(batch, MAX_BATCH - batch.size());
        return batch;
    }

    private List<DeliveryOutcome> next() throws InterruptedException {
        List<DeliveryOutcome> batch = new ArrayList<>(unwritten);
        unwritten.clear();
        if (batch.isEmpty()) {
            DeliveryOutcome first = queue.poll(100, TimeUnit.MILLISECONDS);
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

    private void write(List<DeliveryOutcome> batch) {
        try {
            ledger.record(batch);
            for (DeliveryOutcome o : batch) {
                if (o instanceof DeliveryOutcome.Receipt r) {
                    r.committed().complete(null);
                }
            }
        } catch (RuntimeException e) {
            // A receipt fails at once (the SMSC sends it again); the other outcomes wait their turn.
            for (DeliveryOutcome o : batch) {
                if (o instanceof DeliveryOutcome.Receipt r) {
                    r.committed().completeExceptionally(e);
                } else {
                    unwritten.add(o);
                }
            }
            throw new IllegalStateException("Delivery ledger batch of " + batch.size() + " not written, retrying: " + e.getMessage(), e);
        }
    }
}
