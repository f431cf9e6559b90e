package vn.mobifone.care.smsgateway.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.platform.work.BackgroundWorker;
import vn.mobifone.care.platform.work.Backoff;
import vn.mobifone.care.smsgateway.advertising.AdvertisingWindow;
import vn.mobifone.care.smsgateway.campaign.CampaignLimits;
import vn.mobifone.care.smsgateway.campaign.CampaignLimitsStore;
import vn.mobifone.care.smsgateway.campaign.CampaignSchedule;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.IntakeConfig;
import vn.mobifone.care.smsgateway.message.MessageIntake;

/**
 * Moves due messages to their channel: claims as many as each channel can take, expires what
 * outlived its validity, holds advertising that fell outside the window (until its campaign's
 * next send date, when it has send dates). Nothing leaves the
 * database before it is claimed, so a message is never lost to a restart.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final DeliveryLedger ledger;
    private final LedgerWriter writer;
    private final List<ChannelSender> senders;
    private final DispatchConfig config;
    private final Clock clock;
    private final AdvertisingWindow window;
    private final CampaignSchedule schedule;
    private final CampaignLimitsStore campaignLimits;
    private final MeterRegistry metrics;
    private volatile BackgroundWorker worker;

    public Dispatcher(DeliveryLedger ledger, LedgerWriter writer, Instance<ChannelSender> senders, DispatchConfig config, Clock clock,
            IntakeConfig intake, CampaignLimitsStore campaignLimits, MeterRegistry metrics) {
        this.ledger = ledger;
        this.writer = writer;
        this.senders = senders.stream().toList();
        this.config = config;
        this.clock = clock;
        this.window = intake.advertisingWindow();
        this.schedule = new CampaignSchedule(window, CareClock.ZONE);
        this.campaignLimits = campaignLimits;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts delivery: the writer first, so that every outcome of the senders has a place to go. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        writer.start();
        senders.forEach(sender -> sender.start(this::wakeUp));
        // A round that claimed messages is followed by another at once; one that failed (the
        // database away) waits five polls, so an outage is not hammered.
        worker = BackgroundWorker.named("sms-dispatcher").interval(config.pollInterval())
                .backoff(Backoff.fixed(config.pollInterval().multipliedBy(5))).metrics(metrics)
                .start(this::dispatchRound);
    }

    /** A clean stop: in-flight sends finish and are recorded, unsent claims are handed back. */
    public synchronized void stop() {
        if (worker == null) {
            return;
        }
        worker.close();
        worker = null;
        for (ChannelSender sender : senders) {
            List<Dispatch> unsent = sender.stop();
            try {
                ledger.release(unsent);
            } catch (RuntimeException e) {
                LOG.warnf("%d claimed messages stay leased until the lease passes: %s", unsent.size(), e.getMessage());
            }
        }
        writer.stop();
    }

    public void wakeUp() {
        BackgroundWorker running = worker;
        if (running != null) {
            running.wakeUp();
        }
    }

    /** One claim per channel; true when any claimed, as more may be due. */
    private boolean dispatchRound() {
        int claimed = 0;
        for (ChannelSender sender : senders) {
            claimed += dispatch(sender);
        }
        return claimed > 0;
    }

    private int dispatch(ChannelSender sender) {
        int room = Math.min(sender.capacity(), config.batchSize());
        if (room <= 0) {
            return 0;
        }
        List<Dispatch> due = ledger.claim(sender.channel(), room, config.lease());
        Instant now = clock.instant();
        for (Dispatch d : due) {
            if (now.isAfter(d.validUntil())) {
                writer.record(new DeliveryOutcome.Expired(d));
            } else if (d.category() == Category.ADVERTISING && !window.isOpen(now)) {
                writer.record(deferred(d, now));
            } else {
                sender.send(d);
            }
        }
        return due.size();
    }

    /** To the next opening of the window, or of its campaign's next send date. */
    private DeliveryOutcome deferred(Dispatch d, Instant now) {
        CampaignLimits limits = d.campaignId() == null ? null : campaignLimits.find(d.campaignId());
        if (limits == null) {
            return new DeliveryOutcome.Deferred(d, window.earliestSend(now));
        }
        return schedule.earliestSend(now, limits.sendDates())
                .<DeliveryOutcome>map(next -> new DeliveryOutcome.Deferred(d, next))
                .orElseGet(() -> new DeliveryOutcome.Expired(d, MessageIntake.OUTSIDE_CAMPAIGN_DATES));
    }
}
