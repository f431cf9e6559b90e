package vn.mobifone.care.smsgateway.smpp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * What the bind shows operations about a slow or absent SMSC: submits past the response timeout,
 * how many of those were answered late after all, those never answered (by cause, with what was
 * done with them) and the window in use.
 */
@ApplicationScoped
public class SmppMetrics {

    public static final String LINK_DROPPED = "link-dropped";
    public static final String NO_ANSWER = "no-answer";

    private final MeterRegistry registry;
    private final Counter timeouts;
    private final Counter lateAnswers;

    public SmppMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.timeouts = Counter.builder("sms.submit.timeouts").description("submit_sm not answered within the response timeout")
                .register(registry);
        this.lateAnswers = Counter.builder("sms.submit.late.answers")
                .description("submit_sm answered after the response timeout, and taken as sent").register(registry);
        // Shown from the start at 0, so that an alert on their increase has a series to watch.
        for (String cause : new String[] {LINK_DROPPED, NO_ANSWER}) {
            for (SmppConfig.UnansweredSubmit policy : SmppConfig.UnansweredSubmit.values()) {
                unanswered(cause, policy);
            }
        }
    }

    void window(Supplier<Number> limit) {
        Gauge.builder("sms.smpp.window", limit, s -> s.get().doubleValue()).description("submit_sm allowed in flight now")
                .strongReference(true).register(registry);
    }

    void timedOut() {
        timeouts.increment();
    }

    void answeredLate() {
        lateAnswers.increment();
    }

    void unanswered(String cause, SmppConfig.UnansweredSubmit policy) {
        Counter.builder("sms.submit.unanswered").description("submit_sm whose answer never came: outcome unknown")
                .tag("cause", cause).tag("then", policy.name().toLowerCase()).register(registry).increment(0);
    }

    void countUnanswered(String cause, SmppConfig.UnansweredSubmit policy) {
        registry.counter("sms.submit.unanswered", "cause", cause, "then", policy.name().toLowerCase()).increment();
    }

    /** Submits never answered so far, whatever their cause: what a count of duplicates can be held to. */
    public double unansweredTotal() {
        return registry.find("sms.submit.unanswered").counters().stream().mapToDouble(Counter::count).sum();
    }
}
