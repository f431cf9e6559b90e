package vn.mobifone.care.bench.consultation;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import vn.mobifone.care.bench.KeepAliveClient;

/**
 * Closed-loop reads (the next request as soon as the answer is in: the most a service can do),
 * each worker on its own keep-alive connection, a random subscriber each time.
 */
final class ReadLoad {

    private ReadLoad() {
    }

    /** @param path the request path with {@code %s} for the MSISDN and {@code %d} for a call number */
    static Latency.Summary run(String name, URI service, String bearer, String path, List<String> subscribers, int workers,
            Duration duration) throws InterruptedException {
        Latency latency = new Latency();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(worker);
                try (KeepAliveClient http = new KeepAliveClient(service.getHost(), service.getPort(), bearer)) {
                    for (long call = 0; System.nanoTime() < deadline; call++) {
                        long t0 = System.nanoTime();
                        try {
                            if (http.get(String.format(path, subscribers.get(random.nextInt(subscribers.size())), call)) != 200) {
                                failures.incrementAndGet();
                                continue;
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                            continue;
                        }
                        latency.add((System.nanoTime() - t0) / 1000);
                    }
                }
            }, "read-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        return latency.summary(name, (System.nanoTime() - started) / 1e9, failures.get());
    }
}
