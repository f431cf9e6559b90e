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

    @WithDefault("10s")
    Duration sendTimeout();

    @WithDefault("5s")
    Duration maxBackoff();
}
