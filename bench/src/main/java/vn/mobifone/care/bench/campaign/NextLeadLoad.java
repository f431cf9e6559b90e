package vn.mobifone.care.bench.campaign;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agents working one campaign's queue through two service instances on one database: each agent
 * asks for the next lead, records "no answer" (which keeps the lead out of the queue for the
 * redial delay) and asks again. Every lead handed out is remembered, so a lead given to two
 * agents is counted, here and in the database's call attempts.
 */
final class NextLeadLoad {

    record Figures(long leads, double rate, double p50Millis, double p99Millis, double maxMillis, long duplicates, long duplicateAttempts,
            long errors) {
    }

    private static final Pattern LEAD_ID = Pattern.compile("\"id\":([0-9]+)");
    private static final String NO_ANSWER = "{\"outcome\":\"NO_ANSWER\"}";

    private final List<String> instances;
    private final Function<String, String> agentBearer;
    private final Connection db;

    /** @param agentBearer the Authorization header of an agent, by the agent's id */
    NextLeadLoad(List<String> instances, Function<String, String> agentBearer, Connection db) {
        this.instances = instances;
        this.agentBearer = agentBearer;
        this.db = db;
    }

    Figures measure(String campaign, int agents, Duration duration) throws Exception {
        Map<Long, String> handedOut = new ConcurrentHashMap<>();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<HttpClient> clients = instances.stream().map(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> runs = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            int instance = a % instances.size();
            String agent = "bench-agent-" + a;
            runs.add(pool.submit(() -> work(clients.get(instance), instances.get(instance), campaign, agent, deadline, handedOut, duplicates, errors)));
        }
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> run : runs) {
            latencies.add(run.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(all.length, all.length / seconds, percentile(all, 50), percentile(all, 99),
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6, duplicates.get(), duplicateAttempts(campaign), errors.get());
    }

    /** @return the agent's next-lead latencies in nanoseconds */
    private long[] work(HttpClient http, String base, String campaign, String agent, long deadline, Map<Long, String> handedOut,
            AtomicLong duplicates, AtomicLong errors) throws Exception {
        String bearer = agentBearer.apply(agent);
        long[] latencies = new long[1024];
        int count = 0;
        while (System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            HttpResponse<String> next = http.send(post(base + "/campaigns/" + campaign + "/leads/next", bearer, ""), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - asked;
            if (next.statusCode() != 200) {
                errors.incrementAndGet();
                continue;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = took;
            long lead = leadId(next.body());
            if (handedOut.putIfAbsent(lead, agent) != null) {
                duplicates.incrementAndGet();
            }
            HttpResponse<String> outcome = http.send(post(base + "/campaigns/" + campaign + "/leads/" + lead + "/outcome", bearer, NO_ANSWER),
                    HttpResponse.BodyHandlers.ofString());
            if (outcome.statusCode() != 200) {
                errors.incrementAndGet();
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    /** Leads with more than one call attempt: each lead is handed out once in a run shorter than the redial delay. */
    private long duplicateAttempts(String campaign) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT count(*) FROM (SELECT lead_id FROM call_attempt WHERE campaign_id = ? GROUP BY lead_id HAVING count(*) > 1) AS twice")) {
            s.setObject(1, UUID.fromString(campaign));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static HttpRequest post(String url, String bearer, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static long leadId(String body) {
        Matcher m = LEAD_ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no lead id in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
