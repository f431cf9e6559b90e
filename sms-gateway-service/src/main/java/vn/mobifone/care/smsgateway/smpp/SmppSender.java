package vn.mobifone.care.smsgateway.smpp;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.mobifone.care.platform.work.DaemonThreads;
import vn.mobifone.care.smsgateway.delivery.ChannelSender;
import vn.mobifone.care.smsgateway.delivery.DeliveryOutcome;
import vn.mobifone.care.smsgateway.delivery.Dispatch;
import vn.mobifone.care.smsgateway.delivery.DispatchConfig;
import vn.mobifone.care.smsgateway.delivery.LedgerWriter;
import vn.mobifone.care.smsgateway.delivery.RetryPolicy;
import vn.mobifone.care.smsgateway.delivery.SubmittedPart;
import vn.mobifone.care.smsgateway.encoding.ConcatenationHeader;
import vn.mobifone.care.smsgateway.encoding.MessageSplitter;
import vn.mobifone.care.smsgateway.encoding.SplitText;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * Sends SMS over the bind: one sender thread per slot of the largest window; the link's adaptive
 * window ({@link SubmitWindow}) decides how many submit_sm wait for their response at once, all
 * held to the agreed rate. Parts already acknowledged in an earlier attempt are skipped, so a
 * retry never duplicates them; a part whose submit got no answer at all goes by the configured
 * policy ({@link SmppConfig#unansweredSubmit()}).
 */
@ApplicationScoped
public class SmppSender implements ChannelSender {

    public static final String LINK_UNAVAILABLE = "smsc-unavailable";
    /** The SMSC may have the part: it was sent and never answered. */
    public static final String NO_ANSWER = "smsc-no-answer";

    private final SmppLink link;
    private final LedgerWriter writer;
    private final SmppConfig config;
    private final RetryPolicy backoff;
    private final Clock clock;
    private final AtomicInteger taken = new AtomicInteger();
    private volatile ThreadPoolExecutor senders;
    private volatile SubmitThrottle throttle;
    private volatile Runnable roomFreed = () -> { };

    public SmppSender(SmppLink link, LedgerWriter writer, SmppConfig config, DispatchConfig dispatch, Clock clock) {
        this.link = link;
        this.clock = clock;
        this.writer = writer;
        this.config = config;
        this.backoff = new RetryPolicy(dispatch.retryMin(), dispatch.retryMax(), dispatch.maxAttempts());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    /**
     * A window's worth beyond what is in flight, offered once at least half a window is free so
     * that one claim transaction feeds many submits; nothing while the link is down.
     */
    @Override
    public int capacity() {
        if (senders == null || !link.isBound()) {
            return 0;
        }
        int room = 2 * link.window() - taken.get();
        return room >= claimSize() ? room : 0;
    }

    private int claimSize() {
        return Math.max(1, link.window() / 2);
    }

    @Override
    public void send(Dispatch dispatch) {
        taken.incrementAndGet();
        senders.execute(new Job(dispatch));
    }

    @Override
    public synchronized void start(Runnable roomFreed) {
        this.roomFreed = roomFreed;
        throttle = new SubmitThrottle(config.maxPerSecond(), () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        senders = DaemonThreads.fixedPool("smpp-sender", config.window());
        link.start();
    }

    @Override
    public synchronized List<Dispatch> stop() {
        List<Dispatch> unsent = new ArrayList<>();
        ExecutorService current = senders;
        if (current == null) {
            return unsent;
        }
        senders = null;
        for (Runnable queued : ((ThreadPoolExecutor) current).getQueue().toArray(new Runnable[0])) {
            if (((ThreadPoolExecutor) current).remove(queued)) {
                unsent.add(((Job) queued).dispatch);
                taken.decrementAndGet();
            }
        }
        current.shutdown();
        try {
            // Answers still coming in are taken; what a slow SMSC has not answered by then is given up
            // when the link closes, and goes by the unanswered-submit policy.
            if (!current.awaitTermination(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                link.stop();
                current.awaitTermination(config.unbindTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.stop();
        return unsent;
    }

    private final class Job implements Runnable {

        private final Dispatch dispatch;

        Job(Dispatch dispatch) {
            this.dispatch = dispatch;
        }

        @Override
        public void run() {
            try {
                writer.record(submit(dispatch));
            } finally {
                if (2 * link.window() - taken.decrementAndGet() >= claimSize()) {
                    roomFreed.run();
                }
            }
        }
    }

    private DeliveryOutcome submit(Dispatch d) {
        SplitText split = MessageSplitter.split(d.body());
        int total = split.partCount();
        List<SubmittedPart> done = new ArrayList<>();
        for (int seq = 1; seq <= total; seq++) {
            if (d.submittedSeqs().contains(seq)) {
                continue;
            }
            byte[] payload = split.parts().get(seq - 1);
            if (total > 1) {
                payload = ConcatenationHeader.prepend(d.concatRef(), total, seq, payload);
            }
            try {
                throttle.acquire();
                // Read before the submit goes out: its receipt, on the same clock, cannot be earlier.
                Instant submittedAt = clock.instant();
                String id = link.submit(d.brandname(), d.msisdn(), split.encoding().dataCoding(), total > 1, payload, d.validUntil());
                done.add(new SubmittedPart(seq, link.account(), id, submittedAt));
            } catch (SmppLink.SmscRefusal e) {
                return SmppStatus.isTransient(e.commandStatus())
                        ? backoff.retryOrFail(d, done, e.getMessage())
                        : new DeliveryOutcome.Failed(d, done, e.getMessage());
            } catch (SmppLink.LinkUnavailable e) {
                return backoff.retryOrFail(d, done, LINK_UNAVAILABLE);
            } catch (SmppLink.NoAnswer e) {
                return config.unansweredSubmit() == SmppConfig.UnansweredSubmit.RESEND
                        ? backoff.retryOrFail(d, done, NO_ANSWER)
                        : new DeliveryOutcome.Failed(d, done, NO_ANSWER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new DeliveryOutcome.Retry(d, done, LINK_UNAVAILABLE, Duration.ZERO);
            }
        }
        return new DeliveryOutcome.Submitted(d, done);
    }

}
