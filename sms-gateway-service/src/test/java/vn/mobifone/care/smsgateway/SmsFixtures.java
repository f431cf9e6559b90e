package vn.mobifone.care.smsgateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.smsc.ReceivedSubmit;
import vn.mobifone.care.smsc.SmscSimulator;
import vn.mobifone.care.smsgateway.delivery.Dispatch;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;

/** What the gateway's tests share: the SMSC simulator, the Zalo stub, subscribers, requests, waiting. */
public final class SmsFixtures {

    /**
     * The ports application.properties points the test profile at; the environment can move them so that two
     * checkouts can run the gateway's tests side by side.
     */
    private static final int SMSC_PORT = port("SMS_TEST_SMSC_PORT", 27755);
    private static final int ZALO_PORT = port("SMS_TEST_ZALO_PORT", 27756);
    private static final AtomicInteger SUBSCRIBERS = new AtomicInteger((int) (System.nanoTime() % 1_000_000));
    private static SmscSimulator smsc;
    private static ZaloStub zalo;

    private SmsFixtures() {
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** The SMSC of the test JVM, started on first use; returns once the gateway is bound to it. */
    public static synchronized SmscSimulator smsc() {
        if (smsc == null) {
            smsc = SmscSimulator.start(SMSC_PORT, Duration.ofMillis(50));
        }
        SmscSimulator current = smsc;
        await("the gateway binds to the SMSC", () -> current.boundSessions() > 0, Duration.ofSeconds(20));
        return smsc;
    }

    public static synchronized ZaloStub zalo() {
        if (zalo == null) {
            zalo = new ZaloStub(ZALO_PORT);
        }
        return zalo;
    }

    /** A subscriber no other test has used: caps and searches stay per test. */
    public static String newMsisdn() {
        return String.format("8490%07d", SUBSCRIBERS.incrementAndGet() % 10_000_000);
    }

    public static Map<String, Object> templated(String msisdn, String templateId, Map<String, String> parameters) {
        Map<String, Object> body = new HashMap<>();
        body.put("idempotencyKey", UUID.randomUUID().toString());
        body.put("msisdn", msisdn);
        body.put("templateId", templateId);
        body.put("parameters", parameters);
        body.put("channel", "SMS");
        body.put("category", "CARE");
        return body;
    }

    public static Map<String, Object> myMobiFoneLink(String msisdn) {
        return templated(msisdn, "my-mobifone-link", Map.of());
    }

    public static Map<String, Object> freeText(String msisdn, String text) {
        Map<String, Object> body = templated(msisdn, null, null);
        body.remove("templateId");
        body.remove("parameters");
        body.put("text", text);
        return body;
    }

    public static ValidatableResponse post(Map<String, Object> body, String role) {
        return given().header("Authorization", TestStack.bearer(role, "T001")).contentType(ContentType.JSON).body(body)
                .post("/messages").then();
    }

    public static ValidatableResponse sendBatch(List<Map<String, Object>> messages, String role) {
        return given().header("Authorization", TestStack.bearer(role, "T001")).contentType(ContentType.JSON)
                .body(Map.of("messages", messages)).post("/messages/batch").then();
    }

    public static ValidatableResponse send(Map<String, Object> body) {
        return post(body, Roles.INTEGRATION);
    }

    public static ValidatableResponse get(String id) {
        return given().header("Authorization", TestStack.bearer(Roles.AGENT, "A001")).get("/messages/" + id).then();
    }

    public static String status(String id) {
        return get(id).extract().path("status");
    }

    /** Waits until the message reaches {@code expected}; fails with the state it is stuck in. */
    public static void awaitStatus(String id, String expected) {
        await("message " + id + " " + expected, () -> expected.equals(status(id)), Duration.ofSeconds(20));
    }

    public static void await(String what, BooleanSupplier condition, Duration timeout) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }

    /** Holds {@code condition} true for all of {@code period}, e.g. that nothing is sent meanwhile. */
    public static void holds(String what, BooleanSupplier condition, Duration period) {
        Awaitility.await(what).during(period).atMost(period.plusSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }

    public static String text(ReceivedSubmit submit) {
        return (submit.ucs2() ? TextEncoding.UCS2 : TextEncoding.GSM7).decode(submit.payload());
    }

    /**
     * The one message the SMSC received for {@code msisdn}, reassembled: fails when a part is
     * missing, when a part came twice or when a second message came.
     */
    public static String receivedOnce(String msisdn) {
        List<ReceivedSubmit> parts = smsc().submitsTo(msisdn);
        assertThat(parts).as("parts at the SMSC for %s", msisdn).isNotEmpty();
        assertThat(parts.stream().map(ReceivedSubmit::concatReference).distinct()).as("messages for %s", msisdn).hasSize(1);
        int total = parts.get(0).concatTotal();
        assertThat(parts.stream().map(ReceivedSubmit::concatSequence).sorted().toList()).as("part numbers for %s", msisdn)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList());
        return parts.stream().sorted(java.util.Comparator.comparingInt(ReceivedSubmit::concatSequence)).map(SmsFixtures::text)
                .reduce("", String::concat);
    }

    /**
     * A message claimed by some other gateway instance (QUEUED under a lease the dispatcher here
     * respects), for tests that write its delivery outcomes themselves.
     */
    public static Dispatch leasedMessage(String msisdn) {
        UUID id = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        try (Connection c = TestStack.db(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO message (id, idempotency_key, msisdn, channel, category, brandname, body, encoding, part_count, concat_ref,
                                     priority, status, not_before, valid_until, lease_until, requested_by, created_at, updated_at)
                VALUES (?, ?, ?, 'SMS', 'CARE', 'MobiFone', 'Xin chao', 'GSM7', 1, 7, 5, 'QUEUED', now(), now() + interval '1 day',
                        now() + interval '1 hour', 'test', now(), now())""")) {
            s.setObject(1, id);
            s.setString(2, key);
            s.setString(3, msisdn);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Dispatch(id, key, msisdn, Channel.SMS, Category.CARE, null, "MobiFone", "Xin chao", TextEncoding.GSM7, 1, 7,
                java.time.Instant.now().plus(Duration.ofDays(1)), 0, new java.util.HashSet<>());
    }

    public static long count(String sql, Object... args) {
        try (Connection c = TestStack.db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Idempotency keys locked from a connection of the test, as a concurrent intake transaction
     * holds them: an intake that reaches one of them waits there, mid-transaction, until
     * {@link #release()}. {@link #waiting()} counts the intake transactions waiting so.
     */
    public static final class HeldKeys implements AutoCloseable {

        private final Connection connection;

        public HeldKeys(String... keys) {
            try {
                connection = TestStack.db();
                connection.setAutoCommit(false);
                for (String key : keys) {
                    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                        lock.setString(1, key);
                        lock.execute();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        public static long waiting() {
            return count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        }

        /** Ends the waiting intakes' connections, as a gateway that stops mid-transaction leaves them. */
        public static long cutOffWaiting() {
            return count("SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted) t");
        }

        public void release() {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Zalo's notification service as the gateway sees it: records posts, answers as told. */
    public static final class ZaloStub {

        private final List<String> posts = new CopyOnWriteArrayList<>();
        private final AtomicReference<String> answer = new AtomicReference<>();

        ZaloStub(int port) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                server.createContext("/zalo/message", exchange -> {
                    posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    String body = answer.get() != null ? answer.get()
                            : "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"" + UUID.randomUUID() + "\"}}";
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                });
                server.start();
            } catch (IOException e) {
                throw new IllegalStateException("Zalo stub cannot listen on " + port, e);
            }
        }

        public List<String> postsFor(String msisdn) {
            return posts.stream().filter(p -> p.contains("\"" + msisdn + "\"")).toList();
        }

        /** The next answers, e.g. an error code; null for success. */
        public void answer(String json) {
            answer.set(json);
        }
    }
}
