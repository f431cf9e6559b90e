package vn.mobifone.care.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "care.outbox")
public interface OutboxConfig {

    @WithDefault("true")
    boolean enabled();

    /** Fallback poll; commits wake the relay at once, this only bounds a missed wake-up. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * Rows read, sent and deleted per relay transaction: one flush to the broker and one commit per
     * batch, so large batches carry a bulk write's announcements at the broker's pace.
     */
    @WithDefault("2000")
    int batchSize();

    /**
     * Events an {@link OutboxExpansion} builds, sends and records its position for per relay
     * transaction: a reference stands for up to millions of events, each batch costs one flush, one
     * commit and one keyset read of the expansion's rows.
     */
    @WithDefault("10000")
    int expansionBatchSize();

    @WithDefault("10s")
    Duration sendTimeout();

    @WithDefault("5s")
    Duration maxBackoff();
}
