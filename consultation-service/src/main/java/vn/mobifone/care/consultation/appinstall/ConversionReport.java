package vn.mobifone.care.consultation.appinstall;

import java.time.Instant;
import java.util.List;

/**
 * Consultations recorded in [{@code from}, {@code to}) and how many led to an installation within
 * 24 h and within 7 days, by channel and by agent; {@code medianMinutesToInstall} over the
 * converted ones (null when none).
 */
public record ConversionReport(Instant from, Instant to, List<Row> byChannel, List<Row> byAgent) {

    /** One channel (agentId null) or one agent (channel null). */
    public record Row(Channel channel, String agentId, long consultations, long installedWithin24h, long installedWithin7d,
            double rate24h, double rate7d, Double medianMinutesToInstall) {
    }
}
