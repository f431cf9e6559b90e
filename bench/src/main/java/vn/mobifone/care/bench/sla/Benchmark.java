package vn.mobifone.care.bench.sla;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.devstack.Processes;
import vn.mobifone.care.devstack.ServiceProcess;

/**
 * SLA breach detection at scale: {@code bench/run sla [sizes...]}, default 10000 100000 1000000
 * open tickets. Starts PostgreSQL, Kafka and the packaged it-ticket-service (its real sweeper, in
 * real time), grows the open tickets to each size, then makes tickets come due at known moments
 * and measures how long after its due moment each breach was marked in the database and arrived
 * on {@code ticket-sla-breached}. The sweep's database cost comes from EXPLAIN ANALYZE, beside a
 * full scan of the running clocks as the baseline, and from the service's own sweep timer.
 */
public final class Benchmark {

    private static final String DATABASE = "it_ticket";
    private static final String TOPIC = "ticket-sla-breached";
    private static final int SPREAD_TICKETS = 300;
    private static final Duration SPREAD = Duration.ofSeconds(15);
    private static final int BURST_TICKETS = 2_000;
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final Pattern DUE_AT = Pattern.compile("\"dueAt\":\"([^\"]+)\"");

    private final Path root = BenchRun.repositoryRoot();
    private final Path work = BenchRun.workFolder("sla");
    private final List<Integer> sizes;
    private final HttpClient http = HttpClient.newHttpClient();

    private Benchmark(List<Integer> sizes) {
        this.sizes = sizes;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000, 1_000_000)
                : Arrays.stream(args).map(Integer::parseInt).sorted().toList();
        new Benchmark(sizes).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf("SLA breach detection: open tickets %s, %d cores; %d tickets due over %d s, then %d due at one instant%n",
                sizes, Runtime.getRuntime().availableProcessors(), SPREAD_TICKETS, SPREAD.toSeconds(), BURST_TICKETS);
        BenchRun.delete(work.resolve("postgres"));
        BenchRun.delete(work.resolve("kafka"));
        try (LocalPostgres postgres = LocalPostgres.startOrConnect(work.resolve("postgres"), 0,
                BenchRun.durablePostgres(Map.of("max_wal_size", "4GB", "checkpoint_timeout", "30min")));
                LocalKafka kafka = LocalKafka.start(work.resolve("kafka"), 0)) {
            postgres.ensureDatabase(DATABASE);
            Map<String, String> env = ServiceProcess.stackEnvironment(postgres, kafka, DevKeys.loadOrCreate(work.resolve("keys")));
            try (ServiceProcess service = ServiceProcess.launch(root, "it-ticket-service", Processes.freePort(), env,
                            BenchRun.serviceJvmOptions("sla", "-Xmx384m", "-XX:+UseSerialGC"), work.resolve("it-ticket-service.log"))
                            .awaitReady(Duration.ofMinutes(3));
                    Connection db = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
                    KafkaConsumer<String, String> consumer = consumer(kafka.bootstrapServers())) {
                follow(consumer);
                OpenTickets tickets = new OpenTickets(db);
                SweepCost cost = new SweepCost(db);
                warmUp(tickets, consumer);
                List<String> rows = new ArrayList<>();
                for (int size : sizes) {
                    rows.add(measure(size, tickets, cost, consumer, service.baseUrl()));
                }
                System.out.println();
                System.out.println("open tickets | sweep query ms (buffers) | full-scan baseline ms (buffers) | service sweep mean ms idle / with dues"
                        + " | marked after due p50/p99 ms | on Kafka after due p50/p99 ms | " + BURST_TICKETS + " due at once: all marked after ms");
                rows.forEach(System.out::println);
            }
        }
    }

    private String measure(int size, OpenTickets tickets, SweepCost cost, KafkaConsumer<String, String> consumer, String service)
            throws Exception {
        long started = System.nanoTime();
        tickets.growTo(size);
        System.out.printf("%n%,d open tickets ready in %d s%n", tickets.open(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        SweepCost.Cost sweep = cost.median(SweepCost.SWEEP, 20);
        SweepCost.Cost baseline = cost.median(SweepCost.FULL_SCAN, 5);

        System.out.println("sweep plan:\n  " + String.join("\n  ", cost.plan(SweepCost.SWEEP)));
        double[] idleBefore = sweepTimer(service);
        Thread.sleep(IDLE.toMillis());
        double[] timerBefore = sweepTimer(service);
        Instant first = Instant.now().plusSeconds(3);
        List<Instant> dues = new ArrayList<>();
        for (int i = 0; i < SPREAD_TICKETS; i++) {
            dues.add(first.plus(SPREAD.multipliedBy(i).dividedBy(SPREAD_TICKETS)));
        }
        List<UUID> spread = tickets.dueAt(dues);
        List<Long> onKafka = awaitBreaches(consumer, spread, Duration.ofSeconds(60).plus(SPREAD));
        double[] timerAfter = sweepTimer(service);
        List<Long> marked = markedAfterDue(tickets, spread);

        Instant burstDue = Instant.now().plusSeconds(3);
        List<UUID> burst = tickets.dueAt(Collections.nCopies(BURST_TICKETS, burstDue));
        awaitBreaches(consumer, burst, Duration.ofSeconds(60));
        long burstAllMarked = markedAfterDue(tickets, burst).stream().mapToLong(Long::longValue).max().orElse(-1);
        tickets.close(spread);
        tickets.close(burst);

        String row = String.format("%,12d | %8.3f (%5d) | %10.1f (%7d) | %6.2f / %6.2f | %5d / %5d | %5d / %5d | %6d",
                size, sweep.millis(), sweep.buffers(), baseline.millis(), baseline.buffers(),
                meanMillis(idleBefore, timerBefore), meanMillis(timerBefore, timerAfter),
                percentile(marked, 50), percentile(marked, 99), percentile(onKafka, 50), percentile(onKafka, 99), burstAllMarked);
        System.out.println(row);
        return row;
    }

    /** Lets the service's JIT compile the sweep and relay paths before anything is measured. */
    private static void warmUp(OpenTickets tickets, KafkaConsumer<String, String> consumer) throws Exception {
        Instant first = Instant.now().plusSeconds(1);
        List<Instant> dues = new ArrayList<>();
        for (int i = 0; i < SPREAD_TICKETS; i++) {
            dues.add(first.plusMillis(10L * i));
        }
        List<UUID> ids = tickets.dueAt(dues);
        awaitBreaches(consumer, ids, Duration.ofSeconds(60));
        tickets.close(ids);
    }

    /** Mean duration of the sweeps between two scrapes of the timer. */
    private static double meanMillis(double[] before, double[] after) {
        double sweeps = after[0] - before[0];
        return sweeps == 0 ? Double.NaN : (after[1] - before[1]) / sweeps * 1000;
    }

    /** Milliseconds from each ticket's due moment to its breach event arriving here. */
    private static List<Long> awaitBreaches(KafkaConsumer<String, String> consumer, List<UUID> ids, Duration timeout) {
        Set<String> waiting = new HashSet<>();
        ids.forEach(id -> waiting.add(id.toString()));
        List<Long> lags = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.size() + " breaches not seen within " + timeout);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                Instant arrived = Instant.now();
                if (waiting.remove(record.key())) {
                    Matcher due = DUE_AT.matcher(record.value());
                    if (due.find()) {
                        lags.add(Duration.between(Instant.parse(due.group(1)), arrived).toMillis());
                    }
                }
            }
        }
        return lags;
    }

    /** Milliseconds from due to breached_at, as the sweeper marked them. */
    private static List<Long> markedAfterDue(OpenTickets tickets, List<UUID> ids) throws Exception {
        List<Long> lags = new ArrayList<>();
        Connection db = tickets.connection();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT extract(epoch FROM breached_at - due_at) * 1000 FROM sla_clock WHERE ticket_id = ANY(?) AND stage = 'TOTAL'")) {
            s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lags.add(Math.round(rs.getDouble(1)));
                }
            }
        }
        return lags;
    }

    /** count and sum (seconds) of the service's care_sla_sweep_seconds timer. */
    private double[] sweepTimer(String service) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(service + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new double[] {metric(metrics, "care_sla_sweep_seconds_count"), metric(metrics, "care_sla_sweep_seconds_sum")};
    }

    private static double metric(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-sla-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    /** Assigns the topic from its end once the service has created it. */
    private static void follow(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }
}
