package vn.mobifone.care.smsgateway.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Ends the wait for receipts that will not come: a part still open past the receipt validity
 * expires, its message becomes EXPIRED and is announced, and receipts that found no part in that
 * time are dropped, so that an SMSC id given out again later starts clean. One loop per instance;
 * the parts are taken with {@code FOR UPDATE SKIP LOCKED}, so instances share them.
 */
@ApplicationScoped
public class ReceiptExpiry {

    private static final Logger LOG = Logger.getLogger(ReceiptExpiry.class);

    private final DeliveryLedger ledger;
    private final ReceiptConfig config;
    private final Clock clock;
    private volatile boolean running;
    private Thread worker;

    public ReceiptExpiry(DeliveryLedger ledger, ReceiptConfig config, Clock clock) {
        this.ledger = ledger;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.sweepEnabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "sms-receipt-expiry");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** One transaction over at most a batch of overdue parts; returns how many expired. */
    public int sweepOnce() {
        return ledger.expireUnconfirmed(clock.instant().minus(config.validity()), config.sweepBatch());
    }

    private void loop() {
        while (running) {
            try {
                if (sweepOnce() < config.sweepBatch()) {
                    Thread.sleep(config.sweepInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Receipt expiry sweep failed, retrying: %s", e.getMessage());
                try {
                    Thread.sleep(config.sweepInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
