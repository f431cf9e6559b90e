package vn.mobifone.care.outboundcampaign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "care.campaign")
public interface CampaignConfig {

    Targeting targeting();

    Broadcast broadcast();

    /** Public holidays, which are not working days for due dates counted in working days. */
    Optional<List<LocalDate>> holidays();

    interface Broadcast {
        /** The advertising window in the customers' local time: campaign messages go out only inside it. */
        @WithDefault("08:00")
        LocalTime windowStart();

        @WithDefault("20:00")
        LocalTime windowEnd();

        @WithDefault("1000")
        int batchSize();
    }

    interface Targeting {
        /** Subscribers per statement (and per progress step) of a target generation. */
        @WithDefault("100000")
        int chunkSize();
    }
}
