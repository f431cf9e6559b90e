package vn.mobifone.care.smsgateway.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.smsgateway.advertising.AdvertisingWindow;

@ConfigMapping(prefix = "care.sms.intake")
public interface IntakeConfig {

    /** How long a message may wait for its send when the request names no validity. */
    @WithDefault("PT24H")
    Duration defaultValidity();

    /** Sender of supervisors' free texts, which have no template to name one. */
    @WithDefault("MobiFone")
    String defaultBrandname();

    @WithDefault("07:00")
    LocalTime advertisingOpens();

    @WithDefault("22:00")
    LocalTime advertisingCloses();

    /**
     * Whether concurrent {@code POST /messages} share a transaction and its commit
     * ({@link IntakeCommits}); false gives each request a transaction of its own.
     */
    @WithDefault("true")
    boolean groupCommit();

    /** Writers of grouped requests: while one waits for its commit, the next takes what queued meanwhile. */
    @WithDefault("2")
    int groupWriters();

    /** At most this many requests in one group. */
    @WithDefault("200")
    int groupMaxSize();

    /** How long a request waits for its group's commit before it is answered with an error. */
    @WithDefault("PT30S")
    Duration groupTimeout();

    default AdvertisingWindow advertisingWindow() {
        return new AdvertisingWindow(advertisingOpens(), advertisingCloses(), CareClock.ZONE);
    }
}
