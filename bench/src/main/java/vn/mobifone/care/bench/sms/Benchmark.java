package vn.mobifone.care.bench.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * Sustained SMS throughput to the SMSC simulator with a window of 50, receipts matched: first the
 * ceiling (a bare jsmpp client loop, no persistence), then the packaged gateway as a child process
 * on PostgreSQL and Kafka, fed over HTTP, counted when every message is DELIVERED.
 *
 * <p>{@code bench/run sms [messages] [http-clients]} (defaults 20000 and 32).
 */
public final class Benchmark {

    private static final int WINDOW = 50;
    private static final Duration RECEIPT_DELAY = Duration.ofMillis(10);
    private static final String TEXT = "MobiFone kinh gui Quy khach link cai dat ung dung My MobiFone mbf.vn/appdl. Cam on Quy khach.";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Path root = Path.of(System.getProperty("care.repo.root", ".")).toAbsolutePath();
        Path work = Files.createTempDirectory("sms-bench");
        System.out.printf("SMS gateway benchmark: %d messages, window %d, %d HTTP clients, %d cores%n", messages, WINDOW, clients,
                Runtime.getRuntime().availableProcessors());

        try (SmscSimulator smsc = SmscSimulator.start(0, RECEIPT_DELAY)) {
            double ceiling = bareClient(smsc.port(), messages);
            System.out.printf("ceiling  bare jsmpp client, no persistence: %8.0f msg/s%n", ceiling);

            LocalPostgres postgres = LocalPostgres.startOrConnect(work.resolve("postgres"), 0, Map.of());
            LocalKafka kafka = LocalKafka.start(work.resolve("kafka"), 0);
            Process service = null;
            try {
                postgres.recreateDatabase("sms_gateway");
                DevKeys keys = DevKeys.loadOrCreate(work.resolve("keys"));
                int httpPort = freePort();
                service = launch(root, work, postgres, kafka, keys, httpPort, smsc.port());
                awaitReady(httpPort, smsc);
                String token = new DevTokens(keys).mint("integration", "bench");
                Result result = throughGateway(httpPort, token, postgres, messages, clients);
                System.out.printf("gateway  HTTP -> PostgreSQL -> SMPP -> receipts -> DELIVERED: %8.0f msg/s (accepted at %.0f msg/s)%n",
                        result.deliveredPerSecond, result.acceptedPerSecond);
                System.out.printf("receipts matched: %d of %d messages DELIVERED, %d receipts unmatched, %d parts at the SMSC%n",
                        result.delivered, messages, result.unmatchedReceipts, smsc.submits().size());
                System.out.printf("ratio gateway / ceiling: %.2f%n", result.deliveredPerSecond / ceiling);
            } finally {
                if (service != null) {
                    service.destroy();
                    service.waitFor(20, TimeUnit.SECONDS);
                }
                kafka.stop();
                postgres.close();
            }
        }
    }

    /** The same library, window and simulator, without anything in between. */
    private static double bareClient(int port, int messages) throws Exception {
        CountDownLatch receipts = new CountDownLatch(messages);
        SMPPSession session = new SMPPSession();
        session.setPduProcessorDegree(8);
        session.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(org.jsmpp.bean.DeliverSm deliverSm) {
                if (deliverSm.isSmscDeliveryReceipt()) {
                    receipts.countDown();
                }
            }

            @Override
            public void onAcceptAlertNotification(org.jsmpp.bean.AlertNotification alertNotification) {
            }

            @Override
            public org.jsmpp.session.DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, org.jsmpp.session.Session source) {
                return null;
            }
        });
        session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "ceiling", "ceiling", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        AtomicInteger next = new AtomicInteger();
        ExecutorService window = Executors.newFixedThreadPool(WINDOW);
        long start = System.nanoTime();
        for (int t = 0; t < WINDOW; t++) {
            window.execute(() -> {
                while (next.getAndIncrement() < messages) {
                    try {
                        session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "MobiFone",
                                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "84901000001", new ESMClass(), (byte) 0, (byte) 0,
                                null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, DataCodings.ZERO,
                                (byte) 0, TEXT.getBytes());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        if (!receipts.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Ceiling run: " + receipts.getCount() + " receipts missing");
        }
        double perSecond = messages / ((System.nanoTime() - start) / 1e9);
        window.shutdown();
        session.unbindAndClose();
        return perSecond;
    }

    private record Result(double acceptedPerSecond, double deliveredPerSecond, long delivered, long unmatchedReceipts) {
    }

    private static Result throughGateway(int httpPort, String token, LocalPostgres postgres, int messages, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        URI uri = URI.create("http://127.0.0.1:" + httpPort + "/messages");
        AtomicInteger next = new AtomicInteger();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < messages) {
                    String body = String.format("{\"idempotencyKey\":\"bench-%d\",\"msisdn\":\"849%08d\",\"templateId\":\"store-address\","
                            + "\"parameters\":{\"storeAddress\":\"%d Nguyen Hue, Q1\"},\"channel\":\"SMS\",\"category\":\"CARE\"}", i, i, i % 500);
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 202) {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double acceptedPerSecond = messages / ((System.nanoTime() - start) / 1e9);
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " requests were not accepted");
        }
        long delivered = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("sms_gateway"), postgres.user(), postgres.password())) {
            while (delivered < messages && System.nanoTime() < deadline) {
                Thread.sleep(100);
                delivered = single(db, "SELECT count(*) FROM message WHERE status = 'DELIVERED'");
            }
            double deliveredPerSecond = delivered / ((System.nanoTime() - start) / 1e9);
            return new Result(acceptedPerSecond, deliveredPerSecond, delivered, single(db, "SELECT count(*) FROM delivery_receipt"));
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Process launch(Path root, Path work, LocalPostgres postgres, LocalKafka kafka, DevKeys keys, int httpPort, int smscPort)
            throws Exception {
        Path jar = root.resolve("sms-gateway-service/target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("sms-gateway-service.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.put("DB_URL_BASE", postgres.baseUrl());
        env.put("DB_USER", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("JWT_PUBLIC_KEY", keys.publicKeyFile().toString());
        env.put("SMSC_HOST", "127.0.0.1");
        env.put("SMSC_PORT", Integer.toString(smscPort));
        System.out.println("gateway log: " + work.resolve("sms-gateway-service.log"));
        return builder.start();
    }

    private static void awaitReady(int httpPort, SmscSimulator smsc) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && smsc.boundSessions() > 0) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The gateway did not become ready");
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
