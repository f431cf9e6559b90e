package vn.mobifone.care.bench.lookup;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import vn.mobifone.care.bench.KeepAliveClient;

/**
 * Load from this process on loopback: each worker looks a random subscriber up as an agent (the
 * audit line is written by the service) on its own keep-alive connection. Closed loop (the next
 * request as soon as the answer is in: the most the service can do) or open loop at a fixed rate
 * (the latency agents see at a given load).
 */
final class LookupLoad {

    private final String baseUrl;
    private final String bearer;
    private final List<String> msisdns;

    LookupLoad(String baseUrl, String bearer, List<String> msisdns) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
        this.msisdns = msisdns;
    }

    Figures run(String name, int workers, Duration duration) throws InterruptedException {
        return drive(name, workers, duration, 0);
    }

    /**
     * All workers together send {@code perSecond} requests a second, each worker on its own
     * schedule. A latency counts from the moment its request was due, not from when it could be
     * sent, so a slow answer also counts against the requests queued behind it (no coordinated
     * omission): if the service cannot keep the rate, the percentiles say so.
     */
    Figures runAtRate(String name, int workers, double perSecond, Duration duration) throws InterruptedException {
        return drive(name, workers, duration, perSecond);
    }

    /** @param perSecond 0 for a closed loop */
    private Figures drive(String name, int workers, Duration duration, double perSecond) throws InterruptedException {
        URI base = URI.create(baseUrl);
        long interval = perSecond > 0 ? (long) (workers * 1e9 / perSecond) : 0;
        AtomicLong failures = new AtomicLong();
        List<Latencies> perWorker = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int w = 0; w < workers; w++) {
            Latencies latencies = new Latencies();
            perWorker.add(latencies);
            int worker = w;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(worker);
                long call = 0;
                long due = started + worker * interval / workers;
                try (KeepAliveClient http = new KeepAliveClient(base.getHost(), base.getPort(), bearer)) {
                    while (interval > 0 ? due < deadline : System.nanoTime() < deadline) {
                        String msisdn = msisdns.get(random.nextInt(msisdns.size()));
                        long t0;
                        if (interval > 0) {
                            LockSupport.parkNanos(due - System.nanoTime());
                            t0 = due;
                            due += interval;
                        } else {
                            t0 = System.nanoTime();
                        }
                        try {
                            if (http.get("/subscribers/" + msisdn + "?callId=bench-" + worker + "-" + call++) != 200) {
                                failures.incrementAndGet();
                                continue;
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                            continue;
                        }
                        latencies.add((System.nanoTime() - t0) / 1000);
                    }
                }
            }, "lookup-load-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies all = new Latencies();
        perWorker.forEach(all::addAll);
        return Figures.of(name, all, seconds, failures.get());
    }
}
