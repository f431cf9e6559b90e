package vn.mobifone.care.consultation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code subscriber-lookup-service} as the consultation service meets it over HTTP: a real server
 * on a free port answering {@code GET /subscribers/{msisdn}} with recorded lookup bodies, 404 for
 * a number it does not hold, and slow or failing on demand. Every request is kept, so tests can
 * check the token and call id the consultation service forwarded.
 */
public class LookupStandIn implements QuarkusTestResourceLifecycleManager {

    private static volatile LookupStandIn current;

    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile int failWith;
    private HttpServer server;
    private ExecutorService executor;
    private ScheduledExecutorService timer;

    /** One request as it reached the lookup. */
    public record Request(String msisdn, String callId, String authorization, String requestId) {
    }

    public static LookupStandIn lookup() {
        return current;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(64);
        timer = Executors.newSingleThreadScheduledExecutor();
        server.setExecutor(executor);
        server.createContext("/subscribers/", this::answer);
        server.start();
        current = this;
        return Map.of("quarkus.rest-client.subscriber-lookup.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
        timer.shutdownNow();
    }

    /** Answers the recorded body {@code lookup/<recording>.json} for this number, placeholders filled in. */
    public void holds(String msisdn, String recording, Map<String, String> values) {
        String body = recording(recording).replace("{msisdn}", msisdn).replace("{national}", "0" + msisdn.substring(2));
        for (Map.Entry<String, String> value : values.entrySet()) {
            body = body.replace("{" + value.getKey() + "}", value.getValue());
        }
        bodies.put(msisdn, body);
    }

    public void slow(Duration by) {
        delay = by;
    }

    /** Every lookup answers this status (e.g. 503) until {@link #healthy()}. */
    public void failing(int status) {
        failWith = status;
    }

    public void healthy() {
        delay = Duration.ZERO;
        failWith = 0;
    }

    public List<Request> requestsFor(String msisdn) {
        return requests.stream().filter(r -> r.msisdn().equals(msisdn)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String msisdn = uri.getPath().substring("/subscribers/".length());
        requests.add(new Request(msisdn, query(uri, "callId"), exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Request-Id")));
        Duration wait = delay;
        if (wait.isZero()) {
            respond(exchange, msisdn);
        } else {
            // A slow lookup answers later from the timer, as a busy server would, without holding a thread.
            timer.schedule(() -> respond(exchange, msisdn), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void respond(HttpExchange exchange, String msisdn) {
        int failure = failWith;
        String body = bodies.get(msisdn);
        if (failure != 0) {
            send(exchange, failure, "application/problem+json", "{\"status\":" + failure + ",\"title\":\"Unavailable\"}");
        } else if (body == null) {
            send(exchange, 404, "application/problem+json", "{\"status\":404,\"title\":\"Not found\",\"reason\":\"not-found\"}");
        } else {
            send(exchange, 200, "application/json", body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client gave up waiting (its timeout): nothing left to answer.
        } finally {
            exchange.close();
        }
    }

    private static String query(URI uri, String name) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String recording(String name) {
        try (InputStream in = LookupStandIn.class.getResourceAsStream("/lookup/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No recorded lookup body " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
