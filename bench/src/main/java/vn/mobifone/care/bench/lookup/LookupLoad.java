package vn.mobifone.care.bench.lookup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
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
                while (System.nanoTime() < deadline) {
                    String msisdn = msisdns.get(random.nextInt(msisdns.size()));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/subscribers/" + msisdn + "?callId=bench-" + worker + "-" + call++))
                            .header("Authorization", bearer).timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            continue;
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        continue;
                    }
                    latencies.add((System.nanoTime() - t0) / 1000);
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
