package vn.mobifone.care.smsgateway.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long SMSC ids and receipts are trusted (docs/sms-gateway.md, "SMSC message ids"). */
@ConfigMapping(prefix = "care.sms.receipts")
public interface ReceiptConfig {

    /**
     * How long a submitted part waits for its receipt at most, whatever its message's validity, and
     * an unmatched receipt for its part. After that the part is EXPIRED, the receipt dropped: the
     * SMSC may hand the id out again.
     */
    @WithDefault("PT48H")
    Duration validity();

    /**
     * How long after its message's validity a part still waits for its receipt. The SMSC got the
     * validity as validity_period and reports the part EXPIRED when it passes; that receipt, or a
     * late DELIVRD, may take a while to come.
     */
    @WithDefault("PT15M")
    Duration grace();

    @WithDefault("true")
    boolean sweepEnabled();

    @WithDefault("1m")
    Duration sweepInterval();

    /** Parts (and receipts) expired per transaction. */
    @WithDefault("500")
    int sweepBatch();
}
