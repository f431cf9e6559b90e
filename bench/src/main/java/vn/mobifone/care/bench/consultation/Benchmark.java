package vn.mobifone.care.bench.consultation;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.bench.consultation.Services.Service;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * The app-install consultation end to end: {@code bench/run consultation [seconds] [rate ...]},
 * defaults 20 s per step and 50, 100, 150, 200 consultations/s. Starts PostgreSQL (durable
 * commits), Kafka, the SMSC simulator and the packaged lookup, consultation service and SMS
 * gateway; imports the subscribers through the lookup; then at each rate first the broker's own
 * produce→consume latency (the floor), then consultations saved at that rate, each timed from its
 * due moment to its link SMS at the SMSC. Last, the agent's screen
 * ({@code GET /subscribers/{msisdn}/app-consultation}) against the lookup's own read, closed loop,
 * in the same run. Target: p99 ≤ 200 ms at 50/s; screen throughput ≥ 50 % of the lookup's.
 */
public final class Benchmark {

    private static final double TARGET_P99_MILLIS = 200;
    private static final int SAVE_WORKERS = 32;
    private static final int READ_WORKERS = 16;
    private static final double WARM_UP_RATE = 25;
    private static final Duration WARM_UP = Duration.ofSeconds(20);

    private Benchmark() {
    }

    /** The machine's one-minute load average: the figures are only as good as the cores the run had. */
    private static String loadAverage() {
        return String.format("   (load average %.1f on %d cores)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    public static void main(String[] args) throws Exception {
        Duration step = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 20);
        List<Double> rates = args.length > 1 ? Arrays.stream(args).skip(1).map(Double::valueOf).toList() : List.of(50.0, 100.0, 150.0, 200.0);
        Path root = BenchRun.repositoryRoot();
        BenchRun.delete(BenchRun.workFolder("consultation"));
        Path work = BenchRun.workFolder("consultation");
        System.out.printf("Consultation benchmark: %d s per step, rates %s/s, %d cores%n", step.toSeconds(), rates,
                Runtime.getRuntime().availableProcessors());

        int subscribers = (int) (1.1 * (WARM_UP_RATE * WARM_UP.toSeconds() + rates.stream().mapToDouble(r -> r * step.toSeconds()).sum())) + 100;
        try (SmscSimulator smsc = SmscSimulator.start(0, Duration.ofMillis(10));
                LocalPostgres postgres = LocalPostgres.startOrConnect(work.resolve("postgres"), 0, BenchRun.durablePostgres(Map.of()));
                LocalKafka kafka = LocalKafka.start(work.resolve("kafka"), 0);
                Services services = new Services(root, work, postgres, kafka, DevKeys.loadOrCreate(work.resolve("keys")), smsc)) {
            List<String> msisdns = services.importSubscribers(subscribers);
            System.out.printf("%,d subscribers imported through the lookup%n", msisdns.size());
            BrokerFloor floor = new BrokerFloor(kafka.bootstrapServers());
            ConsultationLoad load = new ConsultationLoad(services.uri(Service.CONSULTATION), services.bearer("agent", "bench-agent"), smsc, msisdns);

            System.out.printf("Warm-up: %.0f consultations/s for %d s ...%n", WARM_UP_RATE, WARM_UP.toSeconds());
            floor.run("warm-up", WARM_UP_RATE, Duration.ofSeconds(5));
            load.run("warm-up", WARM_UP_RATE, WARM_UP, SAVE_WORKERS);

            List<Latency.Summary> lines = new ArrayList<>();
            Double highest = null;
            for (double rate : rates) {
                Latency.Summary broker = floor.run(String.format("%.0f/s broker produce -> consume (floor)", rate), rate, step);
                ConsultationLoad.Result result = load.run(String.format("%.0f/s", rate), rate, step, SAVE_WORKERS);
                lines.add(broker);
                lines.add(result.endToEnd());
                lines.add(result.save());
                lines.add(result.afterSave());
                System.out.println(result.endToEnd().line() + loadAverage());
                boolean kept = result.endToEnd().p99Millis() <= TARGET_P99_MILLIS && result.endToEnd().missing() == 0 && result.refused() == 0
                        && result.endToEnd().perSecond() >= 0.95 * rate;
                if (kept) {
                    highest = rate;
                }
            }

            String bearer = services.bearer("agent", "bench-agent");
            List<String> readable = msisdns.subList(load.used(), msisdns.size());
            ReadLoad.run("warm-up", services.uri(Service.CONSULTATION), bearer, "/subscribers/%s/app-consultation?callId=bench-w-%d", readable,
                    READ_WORKERS, Duration.ofSeconds(10));
            Latency.Summary lookup = ReadLoad.run("lookup GET /subscribers/{msisdn}", services.uri(Service.LOOKUP), bearer,
                    "/subscribers/%s?callId=bench-l-%d", readable, READ_WORKERS, step);
            Latency.Summary screen = ReadLoad.run("consultation GET .../app-consultation", services.uri(Service.CONSULTATION), bearer,
                    "/subscribers/%s/app-consultation?callId=bench-c-%d", readable, READ_WORKERS, step);

            System.out.println();
            System.out.println("Latency of a consultation, from the moment its save was due:");
            System.out.println(Latency.Summary.header());
            lines.forEach(l -> System.out.println(l.line()));
            System.out.println();
            System.out.println("Reads, closed loop, " + READ_WORKERS + " workers (missing = failed requests):");
            System.out.println(Latency.Summary.header());
            System.out.println(lookup.line());
            System.out.println(screen.line());
            System.out.println();
            Latency.Summary atFifty = lines.stream().filter(l -> l.name().equals("50/s, save -> SMS at the SMSC")).findFirst().orElse(null);
            if (atFifty != null) {
                System.out.printf("at 50/s: p99 %.1f ms (target <= %.0f ms)%n", atFifty.p99Millis(), TARGET_P99_MILLIS);
            }
            System.out.println(highest == null ? "no rate kept p99 <= 200 ms with every SMS arriving"
                    : String.format("highest rate keeping p99 <= 200 ms with every SMS arriving: %.0f/s", highest));
            System.out.printf("screen / lookup throughput: %.0f %% (target >= 50 %%)%s%n", 100 * screen.perSecond() / lookup.perSecond(),
                    loadAverage());
        }
        System.exit(0);
    }
}
