package vn.mobifone.care.bench.sms;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.bench.KeepAliveClient;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.smsc.ReceivedSubmit;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * Sustained SMS throughput to the SMSC simulator with a window of 50, receipts matched: first the
 * ceiling (a bare jsmpp client loop, no persistence), then the packaged gateway as a child process
 * on PostgreSQL and Kafka, counted when every message is DELIVERED: fed by single HTTP requests, by
 * the batch API and by the {@code sms-requested} topic. Then the two halves apart: intake alone
 * (delivery switched off) for single requests with a commit each, grouped, and in batches; and the
 * drain of the batch run's queue after a restart.
 * The ceiling and each gateway take {@value #WARM_UP} messages before the clock starts; the drain,
 * which starts in a fresh JVM, is also given from its first submit.
 *
 * <p>{@code bench/run sms [messages] [http-clients]} (defaults 20000 and 32).
 */
public final class Benchmark {

    private static final int WINDOW = 50;
    /** Requests sent before the clock starts, so that the figures are sustained rates, not JIT warm-up. */
    private static final int WARM_UP = 2_000;
    /** Messages per call of the batch API, and the clients sending batches at once. */
    private static final int BATCH = 500;
    private static final int BATCH_CLIENTS = 4;
    private static final Duration RECEIPT_DELAY = Duration.ofMillis(10);
    private static final String TEXT = "MobiFone kinh gui Quy khach link cai dat ung dung My MobiFone mbf.vn/appdl. Cam on Quy khach.";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Path root = BenchRun.repositoryRoot();
        BenchRun.delete(BenchRun.workFolder("sms"));
        Path work = BenchRun.workFolder("sms");
        System.out.printf("SMS gateway benchmark: %d messages, window %d, %d HTTP clients, %d cores%n", messages, WINDOW, clients,
                Runtime.getRuntime().availableProcessors());

        try (SmscSimulator smsc = SmscSimulator.start(0, RECEIPT_DELAY)) {
            bareClient(smsc.port(), WARM_UP); // the same warm-up as the gateway gets
            double ceiling = bareClient(smsc.port(), messages);
            System.out.printf("ceiling  bare jsmpp client, no persistence: %8.0f msg/s%n", ceiling);

            LocalPostgres postgres = LocalPostgres.startOrConnect(work.resolve("postgres"), 0, BenchRun.durablePostgres(Map.of()));
            LocalKafka kafka = LocalKafka.start(work.resolve("kafka"), 0);
            try {
                Gateway gateway = new Gateway(root, work, postgres, kafka, DevKeys.loadOrCreate(work.resolve("keys")), smsc);

                postgres.recreateDatabase("sms_gateway");
                int submitsBefore = smsc.submits().size();
                Result endToEnd;
                try (Gateway.Running service = gateway.launch(true, "end-to-end")) {
                    accept(service, "warm-up", WARM_UP, clients);
                    awaitDelivered(postgres, WARM_UP);
                    endToEnd = throughGateway(service, postgres, messages, () -> accept(service, "bench", messages, clients));
                }
                System.out.printf("gateway  HTTP -> PostgreSQL -> SMPP -> receipts -> DELIVERED: %8.0f msg/s (accepted at %.0f msg/s)%n",
                        endToEnd.deliveredPerSecond, endToEnd.acceptedPerSecond);
                System.out.printf("receipts matched: %d of %d messages DELIVERED, %d receipts unmatched, %d parts at the SMSC%n",
                        endToEnd.delivered, messages, endToEnd.unmatchedReceipts, smsc.submits().size() - submitsBefore);
                System.out.printf("ratio gateway / ceiling: %.2f%n", endToEnd.deliveredPerSecond / ceiling);

                // End to end through the batch API, BATCH messages per call from BATCH_CLIENTS clients.
                postgres.recreateDatabase("sms_gateway");
                submitsBefore = smsc.submits().size();
                Result batched;
                try (Gateway.Running service = gateway.launch(true, "end-to-end-batch")) {
                    acceptBatches(service, "warm-up", WARM_UP, BATCH_CLIENTS);
                    awaitDelivered(postgres, WARM_UP);
                    Duration before = service.cpu();
                    batched = throughGateway(service, postgres, messages, () -> acceptBatches(service, "bench", messages, BATCH_CLIENTS));
                    batched = batched.withCpu(service.cpu().minus(before), messages);
                }
                System.out.printf("batch    POST /messages/batch (%d per call, %d clients) -> DELIVERED: %8.0f msg/s (accepted at %.0f msg/s), "
                        + "gateway CPU %.2f ms per message%n", BATCH, BATCH_CLIENTS, batched.deliveredPerSecond, batched.acceptedPerSecond,
                        batched.cpuMsPerMessage);
                System.out.printf("receipts matched: %d of %d messages DELIVERED, %d receipts unmatched, %d parts at the SMSC%n",
                        batched.delivered, messages, batched.unmatchedReceipts, smsc.submits().size() - submitsBefore);

                // End to end through the sms-requested topic.
                postgres.recreateDatabase("sms_gateway");
                submitsBefore = smsc.submits().size();
                Result topic;
                try (Gateway.Running service = gateway.launch(true, "end-to-end-topic")) {
                    publish(kafka, "warm-up", WARM_UP);
                    awaitDelivered(postgres, WARM_UP);
                    Duration before = service.cpu();
                    topic = throughGateway(service, postgres, messages, () -> publish(kafka, "bench", messages));
                    topic = topic.withCpu(service.cpu().minus(before), messages);
                }
                System.out.printf("topic    sms-requested -> PostgreSQL -> SMPP -> receipts -> DELIVERED: %8.0f msg/s (published at %.0f msg/s), "
                        + "gateway CPU %.2f ms per message%n", topic.deliveredPerSecond, topic.acceptedPerSecond, topic.cpuMsPerMessage);
                System.out.printf("receipts matched: %d of %d messages DELIVERED, %d receipts unmatched, %d parts at the SMSC%n",
                        topic.delivered, messages, topic.unmatchedReceipts, smsc.submits().size() - submitsBefore);

                // Intake alone (delivery switched off): single requests a transaction each, single requests grouped, batches.
                Intake single = intakeAlone(gateway, postgres, "intake-single-own-commit", messages,
                        service -> accept(service, "bench", messages, clients), service -> accept(service, "warm-up", WARM_UP, clients),
                        "-Dcare.sms.intake.group-commit=false");
                System.out.printf("intake   POST /messages, a commit each (delivery off):        %8.0f msg/s, gateway CPU %.2f ms per message%n",
                        single.perSecond, single.cpuMsPerMessage);
                Intake grouped = intakeAlone(gateway, postgres, "intake", messages,
                        service -> accept(service, "bench", messages, clients), service -> accept(service, "warm-up", WARM_UP, clients));
                System.out.printf("intake   POST /messages, group commit (delivery off):          %8.0f msg/s, gateway CPU %.2f ms per message, %.2fx%n",
                        grouped.perSecond, grouped.cpuMsPerMessage, grouped.perSecond / single.perSecond);
                Intake batch = intakeAlone(gateway, postgres, "intake-batch", messages,
                        service -> acceptBatches(service, "bench", messages, BATCH_CLIENTS),
                        service -> acceptBatches(service, "warm-up", WARM_UP, BATCH_CLIENTS));
                System.out.printf("intake   POST /messages/batch (delivery off):                  %8.0f msg/s, gateway CPU %.2f ms per message, %.2fx single%n",
                        batch.perSecond, batch.cpuMsPerMessage, batch.perSecond / single.perSecond);

                Drain drain;
                try (Gateway.Running service = gateway.launch(true, "drain")) {
                    drain = drain(postgres, smsc, WARM_UP + messages);
                }
                System.out.printf("delivery queued -> SMPP -> receipts -> DELIVERED (after restart): %8.0f msg/s, %d of %d DELIVERED, ratio %.2f%n",
                        drain.perSecond, drain.delivered, WARM_UP + messages, drain.perSecond / ceiling);
                System.out.printf("delivery sustained, after the first %d of the drain:                %8.0f msg/s, ratio %.2f%n",
                        WARM_UP, drain.sustainedPerSecond, drain.sustainedPerSecond / ceiling);
                System.out.printf("end to end / delivery sustained: single HTTP %.2f, batch %.2f, sms-requested %.2f%n",
                        endToEnd.deliveredPerSecond / drain.sustainedPerSecond, batched.deliveredPerSecond / drain.sustainedPerSecond,
                        topic.deliveredPerSecond / drain.sustainedPerSecond);
            } finally {
                kafka.stop();
                postgres.close();
            }
        }
    }

    /** The same library, window and simulator, without anything in between. */
    private static double bareClient(int port, int messages) throws Exception {
        CountDownLatch receipts = new CountDownLatch(messages);
        // A receipt the simulator repeats (its deliver_sm timed out) must not count twice, or the
        // run ends, and the session closes, before the last receipt has come
        Set<String> received = ConcurrentHashMap.newKeySet();
        SMPPSession session = new SMPPSession();
        session.setPduProcessorDegree(8);
        session.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(org.jsmpp.bean.DeliverSm deliverSm) {
                if (deliverSm.isSmscDeliveryReceipt() && received.add(receiptId(deliverSm))) {
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

    private static String receiptId(org.jsmpp.bean.DeliverSm deliverSm) {
        try {
            return deliverSm.getShortMessageAsDeliveryReceipt().getId();
        } catch (org.jsmpp.util.InvalidDeliveryReceiptException e) {
            throw new IllegalStateException("Unreadable receipt from the simulator", e);
        }
    }

    private record Result(double acceptedPerSecond, double deliveredPerSecond, long delivered, long unmatchedReceipts, double cpuMsPerMessage) {

        Result withCpu(Duration cpu, int messages) {
            return new Result(acceptedPerSecond, deliveredPerSecond, delivered, unmatchedReceipts, cpu.toNanos() / 1e6 / messages);
        }
    }

    private record Intake(double perSecond, double cpuMsPerMessage) {
    }

    /** Something that takes messages in and returns how many per second it handed over. */
    private interface Load {
        double run() throws Exception;
    }

    private interface ServiceLoad {
        double run(Gateway.Running service) throws Exception;
    }

    /** A fresh database and a gateway that does not deliver; the load after its warm-up, with the gateway's CPU per message. */
    private static Intake intakeAlone(Gateway gateway, LocalPostgres postgres, String name, int messages, ServiceLoad load,
            ServiceLoad warmUp, String... options) throws Exception {
        postgres.recreateDatabase("sms_gateway");
        try (Gateway.Running service = gateway.launch(false, name, options)) {
            warmUp.run(service);
            Duration before = service.cpu();
            double perSecond = load.run(service);
            Duration cpu = service.cpu().minus(before);
            try (Connection db = connect(postgres)) {
                long recorded = single(db, "SELECT count(*) FROM message");
                if (recorded != WARM_UP + messages) {
                    throw new IllegalStateException(name + ": " + recorded + " messages recorded, " + (WARM_UP + messages) + " sent");
                }
            }
            return new Intake(perSecond, cpu.toNanos() / 1e6 / messages);
        }
    }

    private record Drain(double perSecond, double sustainedPerSecond, long delivered) {
    }

    /** Intake and delivery at once, after the warm-up: counted from the first request until every message is DELIVERED. */
    private static Result throughGateway(Gateway.Running service, LocalPostgres postgres, int messages, Load load) throws Exception {
        long start = System.nanoTime();
        double acceptedPerSecond = load.run();
        long delivered = awaitDelivered(postgres, WARM_UP + messages) - WARM_UP;
        double deliveredPerSecond = delivered / ((System.nanoTime() - start) / 1e9);
        try (Connection db = connect(postgres)) {
            long unmatched = single(db, "SELECT count(*) FROM delivery_receipt");
            if (unmatched > 0) {
                describeUnmatched(db);
            }
            return new Result(acceptedPerSecond, deliveredPerSecond, delivered, unmatched, 0);
        }
    }

    /**
     * Queued messages drained after a restart. Two rates: from the first part the SMSC received
     * (a cold JVM included), and the sustained one, from the moment the first {@value #WARM_UP}
     * were DELIVERED (the JIT has then compiled the delivery path, as in any gateway that has been
     * up for a while) to the last.
     */
    private static Drain drain(LocalPostgres postgres, SmscSimulator smsc, int messages) throws Exception {
        int submitsBefore = smsc.submits().size();
        Warmed warmed = new Warmed();
        long delivered = awaitDelivered(postgres, messages, warmed);
        long endedAt = System.nanoTime();
        Instant end = Instant.now();
        Instant first = smsc.submits().stream().skip(submitsBefore).map(ReceivedSubmit::receivedAt).min(Instant::compareTo).orElseThrow();
        return new Drain(delivered / (Duration.between(first, end).toNanos() / 1e9),
                (delivered - warmed.delivered) / ((endedAt - warmed.at) / 1e9), delivered);
    }

    /** The moment the first {@value #WARM_UP} were DELIVERED, and how many were by then. */
    private static final class Warmed implements LongConsumer {
        long at;
        long delivered;

        @Override
        public void accept(long deliveredSoFar) {
            if (at == 0 && deliveredSoFar >= WARM_UP) {
                at = System.nanoTime();
                delivered = deliveredSoFar;
            }
        }
    }

    private static long awaitDelivered(LocalPostgres postgres, int messages) throws Exception {
        return awaitDelivered(postgres, messages, deliveredSoFar -> { });
    }

    /** Polls the DELIVERED count every 50 ms until it reaches {@code messages}, telling {@code progress} each count. */
    private static long awaitDelivered(LocalPostgres postgres, int messages, LongConsumer progress) throws Exception {
        try (Connection db = connect(postgres)) {
            long delivered = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (delivered < messages && System.nanoTime() < deadline) {
                Thread.sleep(50);
                delivered = single(db, "SELECT count(*) FROM message WHERE status = 'DELIVERED'");
                progress.accept(delivered);
            }
            return delivered;
        }
    }

    private static Connection connect(LocalPostgres postgres) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl("sms_gateway"), postgres.user(), postgres.password());
    }

    /** Every message over HTTP/1.1 keep-alive connections, one per client; returns accepted per second. */
    private static double accept(Gateway.Running service, String keyPrefix, int messages, int clients) throws Exception {
        return post(service, "/messages", 202, messages, clients, i -> message(keyPrefix, i), messages);
    }

    private static String message(String keyPrefix, int i) {
        return String.format("{\"idempotencyKey\":\"%s-%d\",\"msisdn\":\"849%08d\",\"templateId\":\"store-address\","
                + "\"parameters\":{\"storeAddress\":\"%d Nguyen Hue, Q1\"},\"channel\":\"SMS\",\"category\":\"CARE\"}", keyPrefix, i, i, i % 500);
    }

    /** Every message in calls of {@value #BATCH} to POST /messages/batch, one keep-alive connection per client. */
    private static double acceptBatches(Gateway.Running service, String keyPrefix, int messages, int clients) throws Exception {
        int batches = (messages + BATCH - 1) / BATCH;
        return post(service, "/messages/batch", 200, batches, clients, b -> {
            StringBuilder body = new StringBuilder("{\"messages\":[");
            for (int i = b * BATCH; i < Math.min(messages, (b + 1) * BATCH); i++) {
                body.append(i == b * BATCH ? "" : ",").append(message(keyPrefix, i));
            }
            return body.append("]}").toString();
        }, messages);
    }

    /**
     * Posts {@code requests} bodies to {@code path} from {@code clients} threads, each on one HTTP/1.1
     * keep-alive connection written and read without a client framework (the load generator shares the
     * cores); fails unless every answer has {@code status}. @return messages accepted per second
     */
    private static double post(Gateway.Running service, String path, int status, int requests, int clients, IntFunction<String> body,
            int messages) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", service.httpPort, service.token)) {
                    int r;
                    while ((r = next.getAndIncrement()) < requests) {
                        try {
                            if (http.postJson(path, body.apply(r)) != status) {
                                refused.incrementAndGet();
                            }
                        } catch (IOException e) {
                            refused.incrementAndGet();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double perSecond = messages / ((System.nanoTime() - start) / 1e9);
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " requests to " + path + " were not answered " + status);
        }
        return perSecond;
    }

    /** Every message as an sms-requested command; returns published (acknowledged by the broker) per second. */
    private static double publish(LocalKafka kafka, String keyPrefix, int messages) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String at = Instant.now().toString();
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < messages; i++) {
                String msisdn = String.format("849%08d", i);
                String event = String.format("{\"eventId\":\"%s\",\"occurredAt\":\"%s\",\"version\":1,\"idempotencyKey\":\"%s-%d\","
                        + "\"msisdn\":\"%s\",\"templateId\":\"store-address\",\"parameters\":{\"storeAddress\":\"%d Nguyen Hue, Q1\"},"
                        + "\"channel\":\"SMS\",\"category\":\"CARE\"}", UUID.randomUUID(), at, keyPrefix, i, msisdn, i % 500);
                producer.send(new ProducerRecord<>("sms-requested", msisdn, event));
            }
            producer.flush();
        }
        return messages / ((System.nanoTime() - start) / 1e9);
    }

    /** Evidence for whoever looks into it: the database is recreated for the next phase. */
    private static void describeUnmatched(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT r.smsc_message_id, r.delivered, r.received_at, p.state, p.message_id, p.submitted_at, p.completed_at
                FROM delivery_receipt r LEFT JOIN message_part p USING (smsc_message_id) ORDER BY r.received_at LIMIT 20""")) {
            while (rs.next()) {
                System.out.printf("  unmatched receipt %s delivered=%s received %s; its part: %s of message %s, submitted %s, completed %s%n",
                        rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
            }
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
