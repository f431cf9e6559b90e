package vn.mobifone.care.smsgateway.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import vn.mobifone.care.platform.work.BackgroundWorker;
import vn.mobifone.care.platform.work.Backoff;

/**
 * Ends the wait for receipts that will not come: a part still open past its message's validity
 * (and the grace for the SMSC's last receipts), or past the receipt validity at the latest, expires, its message becomes EXPIRED and is announced, and receipts that found no part in that
 * time are dropped, so that an SMSC id given out again later starts clean. One loop per instance;
 * the parts are taken with {@code FOR UPDATE SKIP LOCKED}, so instances share them.
 */
@ApplicationScoped
public class ReceiptExpiry {

    private final DeliveryLedger ledger;
    private final ReceiptConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private BackgroundWorker loop;

    public ReceiptExpiry(DeliveryLedger ledger, ReceiptConfig config, Clock clock, MeterRegistry metrics) {
        this.ledger = ledger;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent event) {
        if (!config.sweepEnabled()) {
            return;
        }
        // A full batch means more parts are overdue: the next sweep runs at once; a failed one waits the interval.
        loop = BackgroundWorker.named("sms-receipt-expiry").interval(config.sweepInterval()).backoff(Backoff.fixed(config.sweepInterval()))
                .metrics(metrics).start(() -> sweepOnce() >= config.sweepBatch());
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.close();
        }
    }

    /** One transaction over at most a batch of overdue parts; returns how many expired. */
    public int sweepOnce() {
        Instant now = clock.instant();
        return ledger.expireUnconfirmed(now.minus(config.validity()), now.minus(config.grace()), config.sweepBatch());
    }
}
