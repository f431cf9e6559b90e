package vn.mobifone.care.bench.lookup;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load from this process on loopback: each worker looks a random subscriber up as an
 * agent (the audit line is written by the service), waits for the answer, and starts again.
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
        URI base = URI.create(baseUrl);
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong failures = new AtomicLong();
        List<Latencies> perWorker = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Latencies latencies = new Latencies();
            perWorker.add(latencies);
            int worker = w;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(worker);
                long call = 0;
                try (KeepAliveClient http = new KeepAliveClient(base.getHost(), base.getPort(), bearer)) {
                    while (System.nanoTime() < deadline) {
                        String msisdn = msisdns.get(random.nextInt(msisdns.size()));
                        long t0 = System.nanoTime();
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
