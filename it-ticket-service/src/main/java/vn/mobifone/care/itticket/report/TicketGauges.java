package vn.mobifone.care.itticket.report;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.mobifone.care.itticket.ticket.TicketState;

/**
 * The open-ticket gauges of the ops dashboard, recounted on a schedule rather than at every scrape,
 * so that several Prometheus servers scraping cost the database nothing extra.
 */
@ApplicationScoped
public class TicketGauges {

    private final EntityManager em;
    private final MultiGauge open;
    private final AtomicLong atRisk = new AtomicLong();
    private final AtomicLong breached = new AtomicLong();

    public TicketGauges(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.open = MultiGauge.builder("care.tickets.open").description("Open tickets by level, tier and state").register(registry);
        Gauge.builder("care.tickets.at.risk", atRisk, AtomicLong::get)
                .description("Open tickets with a clock past its warning and not yet breached").register(registry);
        Gauge.builder("care.tickets.breached.open", breached, AtomicLong::get)
                .description("Open tickets with at least one breached clock").register(registry);
    }

    @Scheduled(every = "${care.report.gauge-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // A sample due while the service stops would query a closed persistence unit and log an ERROR
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void refresh() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.level, t.tier, t.state, count(*) FROM ticket t WHERE t.state NOT IN (:done)"
                + " GROUP BY t.level, t.tier, t.state").setParameter("done", TicketState.doneNames()).getResultList();
        open.register(rows.stream()
                .map(r -> MultiGauge.Row.of(Tags.of("level", r[0].toString(), "tier", r[1].toString(), "state", r[2].toString()),
                        ((Number) r[3]).longValue()))
                .toList(), true);
        atRisk.set(count("c.warned_at IS NOT NULL AND c.breached_at IS NULL AND c.status = 'RUNNING'"));
        breached.set(count("c.breached_at IS NOT NULL"));
    }

    private long count(String clockCondition) {
        return ((Number) em.createNativeQuery("SELECT count(DISTINCT t.id) FROM ticket t JOIN sla_clock c ON c.ticket_id = t.id"
                + " WHERE t.state NOT IN (:done) AND " + clockCondition).setParameter("done", TicketState.doneNames())
                .getSingleResult()).longValue();
    }
}
