package vn.mobifone.care.consultation.vip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "care.vip")
public interface VipConfig {

    /** An open request is flagged in the supervisors' queue once the leader has waited this long since the call. */
    @WithDefault("30m")
    Duration overdueAfter();
}
