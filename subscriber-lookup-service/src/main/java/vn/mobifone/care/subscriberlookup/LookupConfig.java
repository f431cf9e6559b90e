package vn.mobifone.care.subscriberlookup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "care.lookup")
public interface LookupConfig {

    /** How long an agent's Decree-49 acknowledgement opens the record: about one call. */
    @WithDefault("30m")
    Duration acknowledgementValidity();

    /**
     * How long a lookup waits for its audit line to be committed. Past it the lookup fails and
     * discloses nothing: an answer never leaves without its audit line.
     */
    @WithDefault("5s")
    Duration auditTimeout();

    /**
     * How long ago a call may have started and still be the call an occupation is saved on; a
     * stated start further back (or in the future) is refused.
     */
    @WithDefault("2h")
    Duration longestCall();

    DemoData demoData();

    Import importing();

    interface DemoData {
        /** Load a synthetic base at startup when the subscriber table is empty (the local suite sets it). */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("3000")
        int size();

        @WithDefault("49")
        long seed();
    }

    interface Import {
        /** Log a progress line every so many rows. */
        @WithDefault("100000")
        int progressEvery();

        /** Bad rows listed in an import report; the count covers all of them. */
        @WithDefault("1000")
        int maxReportedErrors();
    }
}
