package vn.mobifone.care.smsgateway.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "care.sms.dispatch")
public interface DispatchConfig {

    @WithDefault("true")
    boolean enabled();

    /** Fallback poll; a new message wakes the dispatcher at once. */
    @WithDefault("200ms")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /**
     * How long a claimed message belongs to this instance. After a crash its messages go out
     * again once the lease has passed; a clean stop hands them back at once.
     */
    @WithDefault("5m")
    Duration lease();

    /** Backoff after a transient refusal (throttled, queue full, link down): doubles up to the max. */
    @WithDefault("2s")
    Duration retryMin();

    @WithDefault("5m")
    Duration retryMax();

    @WithDefault("12")
    int maxAttempts();

    /** State changes are written together: a batch waits at most this long for company. */
    @WithDefault("5ms")
    Duration writeLinger();
}
