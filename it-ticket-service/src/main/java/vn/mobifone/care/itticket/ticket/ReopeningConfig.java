package vn.mobifone.care.itticket.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** A reopened ticket goes to the IT centre (seed 004 step 1.5), also when its request type gives the IT centre no time. */
@ConfigMapping(prefix = "care.reopening")
public interface ReopeningConfig {

    /** The IT centre's time for a reopened request of level 1-2: the 44 h the seed gives it for every request it handles. */
    @WithDefault("44h")
    Duration itCentreBudget();
}
