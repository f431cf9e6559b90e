package vn.mobifone.care.bench.lookup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.devstack.Processes;
import vn.mobifone.care.devstack.ServiceProcess;

/**
 * The subscriber lookup at scale: {@code bench/run lookup [size] [seconds] [workers]}, defaults
 * 1,000,000 subscribers, 30 s, 16 workers. Starts PostgreSQL (durable settings: fsync and
 * synchronous commit on, as the audit needs), Kafka and the packaged service; imports a synthetic
 * base through the service and, for comparison, by raw {@code COPY} of the same file; then drives
 * lookups over loopback as fast as the service answers, runs pgbench with the same SQL per lookup
 * on the same database, and offers the service and pgbench half and a quarter of that ceiling to
 * read their p99 at a rate below saturation.
 */
public final class Benchmark {

    private static final String DATABASE = BaseImport.DATABASE;
    /**
     * Measured after the JIT has settled: after 15 s of load the compiler threads still took a
     * tenth of the machine, which is start-up cost, not the cost of a lookup.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(45);

    private final Path root = BenchRun.repositoryRoot();
    private final Path work = BenchRun.workFolder("lookup");
    private final int size;
    private final Duration duration;
    private final int workers;

    private Benchmark(int size, Duration duration, int workers) {
        this.size = size;
        this.duration = duration;
        this.workers = workers;
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        new Benchmark(size, duration, workers).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf("Subscriber lookup benchmark: %,d subscribers, %d s per run, %d workers, %d cores%n",
                size, duration.toSeconds(), workers, Runtime.getRuntime().availableProcessors());
        BenchRun.delete(work.resolve("postgres"));
        BenchRun.delete(work.resolve("kafka"));
        try (LocalPostgres postgres = LocalPostgres.startOrConnect(work.resolve("postgres"), 0,
                BenchRun.durablePostgres(Map.of("max_wal_size", "4GB", "checkpoint_timeout", "30min")));
                LocalKafka kafka = LocalKafka.start(work.resolve("kafka"), 0)) {
            postgres.ensureDatabase(DATABASE);
            DevKeys keys = DevKeys.loadOrCreate(work.resolve("keys"));
            try (ServiceProcess service = ServiceProcess.launch(root, "subscriber-lookup-service", Processes.freePort(),
                    ServiceProcess.stackEnvironment(postgres, kafka, keys), BenchRun.serviceJvmOptions("lookup", "-Xmx1g", "-XX:+UseParallelGC"),
                    work.resolve("service.log")).awaitReady(Duration.ofMinutes(3))) {
                String baseUrl = service.baseUrl();
                DevTokens tokens = new DevTokens(keys);
                Path csv = BaseImport.generate(root, work, size);
                BaseImport base = new BaseImport(postgres);

                long t0 = System.nanoTime();
                long imported = BaseImport.throughService(baseUrl, "Bearer " + tokens.mint("admin", "bench-billing"), csv);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("Import through the service (COPY + upsert + outbox): %,d rows in %.1f s%n", imported, seconds);
                double importRate = imported / seconds;
                double copyRate = base.rawCopy(csv);
                awaitOutboxDrained(base, size);
                List<String> msisdns = msisdns(postgres);

                LookupLoad load = new LookupLoad(baseUrl, BenchRun.bearer(tokens, kafka, "agent", "bench-agent"), msisdns);
                System.out.printf("Warm-up, %d s ...%n", WARM_UP.toSeconds());
                load.run("warm-up", workers, WARM_UP);
                Duration cpuBefore = service.cpu();
                Figures lookups = load.run("service GET /subscribers/{msisdn}", workers, duration);
                Duration serviceCpu = service.cpu().minus(cpuBefore);
                PgbenchBaseline pgbench = new PgbenchBaseline(work, "127.0.0.1", Integer.parseInt(postgres.baseUrl().replaceAll(".*:", "")), DATABASE);
                Figures ceiling = pgbench.run(workers, duration, size);

                // The target's p99 is the latency at half the ceiling's rate, not at saturation; pgbench
                // at the same rate shows what the database and this machine's disk allow there. A
                // quarter of the ceiling shows how the tail moves with the load.
                List<Figures[]> openLoops = new ArrayList<>();
                for (int divisor : new int[] { 2, 4 }) {
                    double rate = ceiling.perSecond() / divisor;
                    openLoops.add(new Figures[] {
                            load.runAtRate("service at 1/" + divisor + " pgbench rate, open", workers, rate, duration),
                            pgbench.runAtRate("pgbench at 1/" + divisor + " its rate, open", workers, duration, size, rate) });
                }

                System.out.println();
                System.out.println(Figures.header());
                System.out.println(lookups.line());
                System.out.println(ceiling.line());
                openLoops.forEach(pair -> {
                    System.out.println(pair[0].line());
                    System.out.println(pair[1].line());
                });
                System.out.printf("%nservice / pgbench throughput: %.0f %% (target >= 50 %%), service p99 %.2f ms at saturation%n",
                        100 * lookups.perSecond() / ceiling.perSecond(), lookups.p99Millis());
                Figures[] atHalf = openLoops.get(0);
                System.out.printf("open loop at half the pgbench rate (%.0f/s offered, %.0f/s answered): p99 %.2f ms (target <= 10 ms)%n",
                        ceiling.perSecond() / 2, atHalf[0].perSecond(), atHalf[0].p99Millis());
                System.out.printf("pgbench at that rate: p99 %.2f ms; service p99 / pgbench p99 at half rate: %.2f%n",
                        atHalf[1].p99Millis(), atHalf[0].p99Millis() / atHalf[1].p99Millis());
                System.out.printf("service CPU per lookup: %.3f ms%n", serviceCpu.toNanos() / 1e6 / lookups.operations());
                System.out.printf("import through the service: %,.0f rows/s; raw COPY of the same file: %,.0f rows/s (%.0f %%)%n",
                        importRate, copyRate, 100 * importRate / copyRate);
            }
        }
    }

    /** The import announced every subscriber; lookups are measured once the relay has sent them all. */
    private static void awaitOutboxDrained(BaseImport base, int size) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        long pending = base.awaitOutboxDrained(Duration.ofMinutes(20));
        System.out.printf("subscriber-changed relayed to Kafka: %,d events in %.1f s after the import (%d left)%n",
                size, (System.nanoTime() - t0) / 1e9, pending);
        try (Connection c = base.connect(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    private static List<String> msisdns(LocalPostgres postgres) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT msisdn FROM subscriber")) {
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
        }
        return numbers;
    }
}
