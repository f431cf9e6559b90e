package vn.mobifone.care.smsgateway.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * What operations watch: parts submitted, messages delivered and failed by reason, the time from
 * submit to receipt, and how many messages wait.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final EntityManager em;
    private final Counter partsSubmitted;
    private final Timer receiptLatency;
    private final AtomicLong queueDepth = new AtomicLong();

    public DeliveryMetrics(MeterRegistry registry, EntityManager em) {
        this.registry = registry;
        this.em = em;
        this.partsSubmitted = Counter.builder("sms.parts.submitted").description("SMS parts acknowledged by the SMSC").register(registry);
        this.receiptLatency = Timer.builder("sms.receipt.latency").description("From submit_sm to the delivery receipt")
                .publishPercentileHistogram().register(registry);
        registry.gauge("sms.queue.depth", queueDepth);
        // Shown from the start at 0, so that an alert on their increase has a series to watch.
        for (String kind : new String[] {PartWriter.ID_REUSED, PartWriter.RECORDED_TWICE}) {
            conflicts(kind);
        }
    }

    void partsSubmitted(int count) {
        partsSubmitted.increment(count);
    }

    void delivered(Channel channel) {
        registry.counter("sms.messages.delivered", "channel", channel.name()).increment();
    }

    void failed(Channel channel, String reason) {
        registry.counter("sms.messages.failed", "channel", channel.name(), "reason", reason == null ? "unknown" : reason).increment();
    }

    /** An SMSC id that two parts claimed (see {@link PartWriter}). */
    void partIdConflict(String kind) {
        conflicts(kind).increment();
    }

    private Counter conflicts(String kind) {
        return Counter.builder("sms.part.id.conflicts").description("SMS parts that claimed an SMSC id another part held")
                .tag("kind", kind).register(registry);
    }

    void receiptLatency(Duration latency) {
        receiptLatency.record(latency.isNegative() ? Duration.ZERO : latency);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // A sample due while the service stops would query a closed persistence unit and log an ERROR
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void sampleQueueDepth() {
        Number waiting = (Number) em.createNativeQuery("SELECT count(*) FROM message WHERE status IN ('ACCEPTED', 'QUEUED')")
                .getSingleResult();
        queueDepth.set(waiting.longValue());
    }
}
