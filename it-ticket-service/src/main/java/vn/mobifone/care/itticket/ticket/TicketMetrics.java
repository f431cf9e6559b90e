package vn.mobifone.care.itticket.ticket;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Counters and the resolution-time histogram behind the ops dashboard. */
@ApplicationScoped
public class TicketMetrics {

    /** Bucket bounds at the seed-004 budgets, so the dashboard can read "within 4 h" and "within 48 h" exactly. */
    private static final Duration[] SLO_BOUNDS = {
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24),
            Duration.ofHours(48), Duration.ofHours(72), Duration.ofHours(168)};

    private final MeterRegistry registry;

    public TicketMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void created(Ticket ticket) {
        registry.counter("care.tickets.created", "type", ticket.requestType.name()).increment();
    }

    void resolved(Ticket ticket, Duration timeToResolve) {
        String level = Integer.toString(ticket.level);
        registry.counter("care.tickets.resolved", "level", level).increment();
        Timer.builder("care.tickets.resolution.time")
                .description("From receipt to resolution")
                .tag("level", level)
                .serviceLevelObjectives(SLO_BOUNDS)
                .register(registry)
                .record(timeToResolve);
    }
}
