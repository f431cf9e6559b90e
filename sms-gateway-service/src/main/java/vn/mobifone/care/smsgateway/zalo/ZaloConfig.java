package vn.mobifone.care.smsgateway.zalo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Zalo's notification service. Without a URL Zalo messages wait in the queue. */
@ConfigMapping(prefix = "care.sms.zalo")
public interface ZaloConfig {

    Optional<URI> url();

    Optional<String> accessToken();

    @WithDefault("5s")
    Duration timeout();

    @WithDefault("4")
    int concurrency();
}
