package vn.mobifone.care.itticket.sla;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "care.sla")
public interface SlaConfig {

    Sweeper sweeper();

    interface Sweeper {
        @WithDefault("true")
        boolean enabled();

        /** How often the sweeper looks for due clocks; bounds the detection delay after a due moment. */
        @WithDefault("200ms")
        Duration interval();

        /** Clocks handled per transaction; a full batch is followed at once by the next. */
        @WithDefault("500")
        int batchSize();
    }
}
