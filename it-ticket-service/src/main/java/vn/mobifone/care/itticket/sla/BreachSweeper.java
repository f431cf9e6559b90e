package vn.mobifone.care.itticket.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.mobifone.care.contracts.events.TicketSlaBreached;
import vn.mobifone.care.contracts.events.TicketSlaWarning;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.work.BackgroundWorker;
import vn.mobifone.care.platform.work.Backoff;

/**
 * Publishes warnings and breaches when clocks reach them. One loop per instance reads only the
 * clocks whose next check has come, through the partial index on {@code next_check_at}, and locks
 * them with {@code FOR UPDATE SKIP LOCKED}: several instances share the due rows without waiting
 * for each other, and the event goes to the outbox in the transaction that marks the clock, so
 * each warning and breach is published exactly once per ticket and stage.
 */
@ApplicationScoped
public class BreachSweeper {

    private static final String DUE_CLOCKS = """
            SELECT * FROM sla_clock
            WHERE next_check_at <= :now
            ORDER BY next_check_at
            LIMIT :batch
            FOR UPDATE SKIP LOCKED""";

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final SlaConfig.Sweeper config;
    private final MeterRegistry metrics;
    private final Timer sweepTimer;
    private final Timer detectionLag;
    private BackgroundWorker loop;

    public BreachSweeper(EntityManager em, Outbox outbox, Clock clock, SlaConfig config, MeterRegistry metrics) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config.sweeper();
        this.metrics = metrics;
        this.sweepTimer = Timer.builder("care.sla.sweep").description("One sweep of the due SLA clocks")
                .publishPercentileHistogram().register(metrics);
        this.detectionLag = Timer.builder("care.sla.breach.detection.lag")
                .description("How long after its due moment a breach was marked")
                .publishPercentileHistogram().register(metrics);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        // A full batch means more clocks are due: the next sweep runs at once. A failed sweep (the
        // database away) is tried again after the interval, so an outage delays breaches and stops nothing.
        loop = BackgroundWorker.named("sla-breach-sweeper").interval(config.interval()).backoff(Backoff.fixed(config.interval()))
                .metrics(metrics).start(() -> sweepOnce() >= config.batchSize());
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.close();
        }
    }

    /** One transaction over at most a batch of due clocks; returns how many clocks it handled. */
    public int sweepOnce() {
        Timer.Sample sample = Timer.start(metrics);
        try {
            return QuarkusTransaction.requiringNew().call(this::sweepDue);
        } finally {
            sample.stop(sweepTimer);
        }
    }

    @SuppressWarnings("unchecked")
    private int sweepDue() {
        Instant now = clock.instant();
        List<StageClockRow> due = em.createNativeQuery(DUE_CLOCKS, StageClockRow.class)
                .setParameter("now", now)
                .setParameter("batch", config.batchSize())
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, TicketSla> tickets = ticketsOf(due);
        for (StageClockRow row : due) {
            check(row, tickets.get(row.ticketId), now);
        }
        return due.size();
    }

    private void check(StageClockRow row, TicketSla ticket, Instant now) {
        if (row.warnedAt == null && row.warnAt != null && !row.warnAt.isAfter(now)) {
            row.warnedAt = now;
            outbox.publish(Topics.TICKET_SLA_WARNING, new TicketSlaWarning(UUID.randomUUID(), now, TicketSlaWarning.VERSION,
                    row.ticketId.toString(), row.stage.code(), row.dueAt, ticket.warningPercent()));
        }
        if (row.breachedAt == null && row.dueAt != null && !row.dueAt.isAfter(now)) {
            row.breachedAt = now;
            outbox.publish(Topics.TICKET_SLA_BREACHED, new TicketSlaBreached(UUID.randomUUID(), now, TicketSlaBreached.VERSION,
                    row.ticketId.toString(), row.stage.code(), row.dueAt, ticket.level(), ticket.tier()));
            metrics.counter("care.tickets.breached", "stage", row.stage.code()).increment();
            detectionLag.record(Duration.between(row.dueAt, now));
        }
        row.nextCheckAt = row.breachedAt == null ? row.dueAt : null;
    }

    private Map<UUID, TicketSla> ticketsOf(List<StageClockRow> rows) {
        List<UUID> ids = rows.stream().map(r -> r.ticketId).distinct().toList();
        return em.createQuery("SELECT t.id, t.level, t.tier, p.warningPercent FROM Ticket t, SlaPolicyRow p"
                        + " WHERE p.id = t.policyId AND t.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(r -> new TicketSla((UUID) r[0], ((Number) r[1]).intValue(), r[2].toString(), ((Number) r[3]).intValue()))
                .collect(Collectors.toMap(TicketSla::id, t -> t));
    }

    /** What the events need of the ticket behind a clock. */
    private record TicketSla(UUID id, int level, String tier, int warningPercent) {
    }
}
