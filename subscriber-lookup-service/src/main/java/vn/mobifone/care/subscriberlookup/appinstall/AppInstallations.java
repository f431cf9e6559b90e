package vn.mobifone.care.subscriberlookup.appinstall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.contracts.events.AppInstalled;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.messaging.IdempotentConsumer;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberChanges;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

/**
 * Installation reports of the My MobiFone platform, by REST or from its topic: the first report
 * of a subscriber marks the app installed and is announced on {@code app-installed}; a repeated
 * report (same id, or a subscriber already marked) changes nothing.
 */
@ApplicationScoped
public class AppInstallations {

    static final String CONSUMER = "app-installations";
    /** The platform's clock may run slightly ahead of ours; beyond this a report is wrong. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final IdempotentConsumer idempotent;
    private final SubscriberRepository subscribers;
    private final SubscriberChanges changes;
    private final Outbox outbox;
    private final Clock clock;

    public AppInstallations(IdempotentConsumer idempotent, SubscriberRepository subscribers, SubscriberChanges changes,
            Outbox outbox, Clock clock) {
        this.idempotent = idempotent;
        this.subscribers = subscribers;
        this.changes = changes;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Report(UUID reportId, Msisdn msisdn, AppPlatform platform, Instant installedAt) {
    }

    @Schema(name = "AppInstallationRecorded", description = "The report as taken: applied is false when it changed nothing (the subscriber already had the app, or the same report came before)")
    public record Recorded(Msisdn msisdn, LocalDate appInstalledOn, boolean applied) {
    }

    /**
     * One transaction around the once-only effect and the answer's read: from the Kafka consumer
     * there is no request scope to lend the read an entity manager outside a transaction.
     */
    @Transactional
    public Recorded record(Report report) {
        if (report.installedAt().isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("installedAt", "an installation cannot be reported in the future");
        }
        boolean[] applied = { false };
        idempotent.processOnce(CONSUMER, report.reportId(), () -> applied[0] = apply(report));
        return new Recorded(report.msisdn(), subscribers.get(report.msisdn()).appInstalledOn, applied[0]);
    }

    private boolean apply(Report report) {
        Subscriber subscriber = subscribers.get(report.msisdn());
        if (subscriber.appInstalledOn != null) {
            return false;
        }
        subscriber.appInstalledOn = LocalDate.ofInstant(report.installedAt(), CareClock.ZONE);
        subscriber.updatedAt = clock.instant();
        outbox.publish(Topics.APP_INSTALLED, new AppInstalled(UUID.randomUUID(), clock.instant(), AppInstalled.VERSION,
                subscriber.msisdn, report.platform().name(), report.installedAt()));
        changes.publish(subscriber);
        return true;
    }
}
