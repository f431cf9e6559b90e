package vn.mobifone.care.bench.campaign;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.devstack.Processes;
import vn.mobifone.care.devstack.ServiceProcess;

/**
 * Outbound campaigns at scale: {@code bench/run campaign [subscribers] [events] [agents] [seconds]},
 * default 5,000,000 subscribers, 100,000 events, 50 agents for 30 s. Starts PostgreSQL (durable
 * commits), Kafka and the packaged outbound-campaign-service, then measures, each beside its
 * baseline of the same run:
 * <ol>
 * <li>the projection loaded from {@code subscriber-changed} by the service, beside a bare consumer of the same topic;</li>
 * <li>target generation of a seed-002 campaign over the whole projection, beside the same {@code INSERT … SELECT} by hand;</li>
 * <li>next-lead under concurrent agents spread over two service instances: latencies, and duplicates (must be 0).</li>
 * </ol>
 */
public final class Benchmark {

    private static final String DATABASE = "outbound_campaign";
    private static final String MODULE = "outbound-campaign-service";

    private final Path root = BenchRun.repositoryRoot();
    private final Path work = BenchRun.workFolder("campaign");

    public static void main(String[] args) throws Exception {
        long subscribers = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
        long events = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        int agents = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        new Benchmark().run(subscribers, events, agents, Duration.ofSeconds(seconds));
        System.exit(0);
    }

    private void run(long subscribers, long events, int agents, Duration duration) throws Exception {
        System.out.printf("Outbound campaigns: %,d subscribers, %,d events, %d agents for %d s, %d cores%n", subscribers, events, agents,
                duration.toSeconds(), Runtime.getRuntime().availableProcessors());
        BenchRun.delete(work.resolve("postgres"));
        BenchRun.delete(work.resolve("kafka"));
        try (LocalPostgres postgres = LocalPostgres.startOrConnect(work.resolve("postgres"), 0,
                BenchRun.durablePostgres(Map.of("shared_buffers", "2GB", "max_wal_size", "8GB", "checkpoint_timeout", "30min")));
                LocalKafka kafka = LocalKafka.start(work.resolve("kafka"), 0)) {
            postgres.ensureDatabase(DATABASE);
            DevKeys keys = DevKeys.loadOrCreate(work.resolve("keys"));
            DevTokens tokens = new DevTokens(keys);
            Map<String, String> env = ServiceProcess.stackEnvironment(postgres, kafka, keys);
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password())) {
                ProjectionLoad projection = new ProjectionLoad(kafka.bootstrapServers(), db);
                double[] filled = projection.fill(events);
                try (ServiceProcess first = launch(env, "a")) {
                    measure(first, env, (role, subject) -> BenchRun.bearer(tokens, kafka, role, subject), db, projection.awaitProjected(events, filled, Duration.ofMinutes(30)), subscribers, agents, duration);
                }
            }
        }
    }

    private void measure(ServiceProcess first, Map<String, String> env, BinaryOperator<String> bearer, Connection db, ProjectionLoad.Figures load,
            long subscribers, int agents, Duration duration) throws Exception {
        System.out.printf("%nprojection from the topic: %,d events produced at %,.0f/s; service %,.0f rows/s, bare consumer %,.0f records/s (%.1f %%)%n",
                load.events(), load.produceRate(), load.serviceRate(), load.rawRate(), 100 * load.serviceRate() / load.rawRate());

        long filling = System.nanoTime();
        SyntheticBase.fillProjection(db, subscribers);
        System.out.printf("%nprojection replaced by %,d subscribers in %d s%n", subscribers, Duration.ofNanos(System.nanoTime() - filling).toSeconds());
        TargetingRun.Figures targeting = new TargetingRun(first.baseUrl(), bearer.apply("supervisor", "bench-supervisor"), db).measure();
        System.out.printf("target generation: %,d leads; service %.1f s, the same INSERT … SELECT by hand %.1f s (service at %.0f %% of its speed)%n",
                targeting.leads(), targeting.service().toMillis() / 1000.0, targeting.byHand().toMillis() / 1000.0,
                100.0 * targeting.byHand().toMillis() / targeting.service().toMillis());

        // The second instance starts only now, so that the figures above are one instance's.
        NextLeadLoad.Figures next;
        try (ServiceProcess second = launch(env, "b")) {
            next = new NextLeadLoad(List.of(first.baseUrl(), second.baseUrl()), agent -> bearer.apply("agent", agent), db)
                    .measure(targeting.campaign(), agents, duration);
        }
        System.out.printf("next lead, %d agents on 2 instances: %,d leads at %,.0f/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                + " duplicates %d handed out, %d in call attempts; errors %d%n", agents, next.leads(), next.rate(), next.p50Millis(),
                next.p99Millis(), next.maxMillis(), next.duplicates(), next.duplicateAttempts(), next.errors());
    }

    private ServiceProcess launch(Map<String, String> env, String name) {
        return ServiceProcess.launch(root, MODULE, Processes.freePort(), env,
                        BenchRun.serviceJvmOptions("campaign-" + name, "-Xmx512m", "-XX:+UseSerialGC"), work.resolve(MODULE + "-" + name + ".log"))
                .awaitReady(Duration.ofMinutes(3));
    }
}
