package vn.mobifone.care.bench.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.bench.lookup.BaseImport;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.devstack.Processes;
import vn.mobifone.care.devstack.ServiceProcess;

/**
 * The nightly billing feed: {@code bench/run importing [size]}, default 1,000,000 subscribers. Starts
 * PostgreSQL (durable commits), Kafka and the packaged lookup service; COPYs the synthetic export raw
 * into a bare table (the floor of any import, the baseline), then imports the same file through the
 * service twice, into the empty base and again over it (every row an update), each measured from the
 * request until the last {@code subscriber-changed} announcement has left the outbox for Kafka. Prints
 * the rates, their ratio to the raw COPY and the service's CPU per row, and the floor of the
 * announcements alone ({@link AnnouncementFloor}).
 */
public final class Benchmark {

    private final Path root = BenchRun.repositoryRoot();
    private final Path work = BenchRun.workFolder("importing");
    private final int size;

    private Benchmark(int size) {
        this.size = size;
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf("Subscriber import benchmark: %,d rows, %d cores%n", size, Runtime.getRuntime().availableProcessors());
        BenchRun.delete(work.resolve("postgres"));
        BenchRun.delete(work.resolve("kafka"));
        try (LocalPostgres postgres = LocalPostgres.startOrConnect(work.resolve("postgres"), 0,
                BenchRun.durablePostgres(Map.of("max_wal_size", "4GB", "checkpoint_timeout", "30min")));
                LocalKafka kafka = LocalKafka.start(work.resolve("kafka"), 0)) {
            postgres.ensureDatabase(BaseImport.DATABASE);
            DevKeys keys = DevKeys.loadOrCreate(work.resolve("keys"));
            Path log = work.resolve("service.log");
            try (ServiceProcess service = ServiceProcess.launch(root, "subscriber-lookup-service", Processes.freePort(),
                    ServiceProcess.stackEnvironment(postgres, kafka, keys), BenchRun.serviceJvmOptions("importing", "-Xmx1g", "-XX:+UseParallelGC"),
                    log).awaitReady(Duration.ofMinutes(3))) {
                String bearer = "Bearer " + new DevTokens(keys).mint("admin", "bench-billing");
                Path csv = BaseImport.generate(root, work, size);
                BaseImport base = new BaseImport(postgres);

                double copyRate = base.rawCopy(csv);
                Result fresh = importAndAnnounce("into the empty base", service, bearer, csv, base);
                Result again = importAndAnnounce("over the same base (every row an update)", service, bearer, csv, base);
                double floor = AnnouncementFloor.seconds(kafka.bootstrapServers(), Topics.SUBSCRIBER_CHANGED, fresh.rows);

                System.out.println();
                System.out.printf("raw COPY (baseline): %,.0f rows/s%n", copyRate);
                for (Result r : new Result[] { fresh, again }) {
                    System.out.printf("import %s, announcements relayed: %,.0f rows/s (%.0f %% of raw COPY; target >= 30 %%), "
                            + "answered after %.1f s, relayed after %.1f s, service CPU %.1f µs per row%n",
                            r.what, r.rows / r.seconds, 100 * r.rows / r.seconds / copyRate, r.answeredSeconds, r.seconds,
                            r.cpu.toNanos() / 1e3 / r.rows);
                }
                double copySeconds = size / copyRate;
                System.out.printf("floor of the announcements: a bare producer hands %,d of the import's payloads to the broker in %.1f s "
                        + "(%,.0f records/s)%n", fresh.rows, floor, fresh.rows / floor);
                System.out.printf("floor of an import that announces every row: raw COPY %.1f s + the announcements' floor %.1f s = "
                        + "%,.0f rows/s (%.0f %% of raw COPY)%n", copySeconds, floor, size / (copySeconds + floor),
                        100 * size / (copySeconds + floor) / copyRate);
                Files.readAllLines(log).stream().filter(l -> l.contains("Import phases")).forEach(System.out::println);
            }
        }
    }

    private record Result(String what, long rows, double answeredSeconds, double seconds, Duration cpu) {
    }

    private Result importAndAnnounce(String what, ServiceProcess service, String bearer, Path csv, BaseImport base)
            throws IOException, InterruptedException, java.sql.SQLException {
        Duration cpuBefore = service.cpu();
        long t0 = System.nanoTime();
        long rows = BaseImport.throughService(service.baseUrl(), bearer, csv);
        double answered = (System.nanoTime() - t0) / 1e9;
        long left = base.awaitOutboxDrained(Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Duration cpu = service.cpu().minus(cpuBefore);
        System.out.printf("Import %s: %,d rows answered in %.1f s, announcements relayed in %.1f s (%d left)%n", what, rows, answered,
                seconds, left);
        return new Result(what, rows, answered, seconds, cpu);
    }
}
