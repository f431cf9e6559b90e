package vn.mobifone.care.smsgateway.zalo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.work.DaemonThreads;
import vn.mobifone.care.smsgateway.delivery.ChannelSender;
import vn.mobifone.care.smsgateway.delivery.DeliveryOutcome;
import vn.mobifone.care.smsgateway.delivery.Dispatch;
import vn.mobifone.care.smsgateway.delivery.DispatchConfig;
import vn.mobifone.care.smsgateway.delivery.LedgerWriter;
import vn.mobifone.care.smsgateway.delivery.RetryPolicy;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * Posts Zalo messages to the notification service. Its answer is final: error 0 is delivered to
 * the subscriber's Zalo, another code a refusal; HTTP 429/5xx or no answer is tried again later.
 */
@ApplicationScoped
public class ZaloSender implements ChannelSender {

    private static final Logger LOG = Logger.getLogger(ZaloSender.class);
    public static final String UNAVAILABLE = "zalo-unavailable";
    /** Zalo's message ids are kept as part ids under this account, apart from any SMSC's. */
    public static final String ZALO_ACCOUNT = "zalo";

    private final ZaloConfig config;
    private final LedgerWriter writer;
    private final ObjectMapper json;
    private final RetryPolicy backoff;
    private final AtomicInteger taken = new AtomicInteger();
    private final HttpClient http;
    private final Clock clock;
    private volatile ThreadPoolExecutor senders;
    private volatile Runnable roomFreed = () -> { };

    public ZaloSender(ZaloConfig config, LedgerWriter writer, ObjectMapper json, DispatchConfig dispatch, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.writer = writer;
        this.json = json;
        this.backoff = new RetryPolicy(dispatch.retryMin(), dispatch.retryMax(), dispatch.maxAttempts());
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public int capacity() {
        return senders == null ? 0 : Math.max(0, 2 * config.concurrency() - taken.get());
    }

    @Override
    public void send(Dispatch dispatch) {
        taken.incrementAndGet();
        senders.execute(() -> {
            try {
                writer.record(post(dispatch));
            } finally {
                taken.decrementAndGet();
                roomFreed.run();
            }
        });
    }

    @Override
    public synchronized void start(Runnable roomFreed) {
        this.roomFreed = roomFreed;
        if (config.url().isEmpty()) {
            LOG.warn("care.sms.zalo.url is not set: Zalo messages wait in the queue");
            return;
        }
        senders = DaemonThreads.fixedPool("zalo-sender", config.concurrency());
    }

    @Override
    public synchronized List<Dispatch> stop() {
        ThreadPoolExecutor current = senders;
        senders = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(config.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Every queued post still runs during shutdown; none is left unsent.
        return new ArrayList<>();
    }

    private DeliveryOutcome post(Dispatch d) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(config.url().orElseThrow())
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(
                            new ZaloNotification(d.msisdn(), d.messageId().toString(), d.brandname(), d.body()))));
            config.accessToken().ifPresent(token -> request.header("access_token", token));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429 || response.statusCode() >= 500) {
                return backoff.retryOrFail(d, List.of(), "zalo-http-" + response.statusCode());
            }
            if (response.statusCode() != 200) {
                return new DeliveryOutcome.Failed(d, List.of(), "zalo-http-" + response.statusCode());
            }
            ZaloAnswer answer = json.readValue(response.body(), ZaloAnswer.class);
            if (answer.error() != 0 || answer.data() == null || answer.data().msgId() == null) {
                return new DeliveryOutcome.Failed(d, List.of(), "zalo-error-" + answer.error());
            }
            return new DeliveryOutcome.Delivered(d, ZALO_ACCOUNT, "zalo-" + answer.data().msgId(), clock.instant());
        } catch (IOException e) {
            return backoff.retryOrFail(d, List.of(), UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.Retry(d, List.of(), UNAVAILABLE, Duration.ZERO);
        }
    }

}
