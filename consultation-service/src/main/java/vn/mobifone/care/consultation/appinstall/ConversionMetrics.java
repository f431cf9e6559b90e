package vn.mobifone.care.consultation.appinstall;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Consultations and their conversions for Prometheus, by channel and agent. The conversion
 * counter is cumulative over its windows, as a histogram's buckets are: an install after 3 h
 * counts in {@code window="24h"} and in {@code window="7d"}; conversion rate = converted / recorded.
 */
@ApplicationScoped
public class ConversionMetrics {

    static final Duration DAY = Duration.ofHours(24);
    static final Duration WEEK = Duration.ofDays(7);

    private final MeterRegistry registry;

    public ConversionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void recorded(Channel channel, String agentId) {
        registry.counter("care.consultations.recorded", "channel", channel.name(), "agent", agentId).increment();
    }

    void converted(Channel channel, String agentId, Duration timeToInstall) {
        if (timeToInstall.compareTo(DAY) <= 0) {
            registry.counter("care.consultations.converted", "channel", channel.name(), "agent", agentId, "window", "24h").increment();
        }
        registry.counter("care.consultations.converted", "channel", channel.name(), "agent", agentId, "window", "7d").increment();
        Timer.builder("care.consultations.time.to.install")
                .description("From the consultation to the installation of My MobiFone")
                .tag("channel", channel.name())
                .publishPercentiles(0.5)
                .serviceLevelObjectives(Duration.ofHours(1), Duration.ofHours(6), DAY, Duration.ofDays(3), WEEK)
                .register(registry)
                .record(timeToInstall);
    }
}
