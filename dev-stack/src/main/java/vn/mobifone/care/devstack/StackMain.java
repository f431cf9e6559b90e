package vn.mobifone.care.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * The local suite behind {@code ./suite}: PostgreSQL, Kafka, an SMSC simulator, a Zalo stub,
 * keys, then the five services as child processes with demo data. Everything it starts stops with it (SIGTERM on this process).
 */
public final class StackMain {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int SMSC_PORT = 2775;
    static final int ZALO_PORT = 18090;
    private static final Duration RECEIPT_DELAY = Duration.ofMillis(200);
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);
    /** The roles the services know (platform Roles); a token with any other grants nothing. */
    static final List<String> ROLES = List.of("agent", "supervisor", "ops", "integration", "admin");

    private final Path root;
    private final Path state;
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private SmscSimulator smsc;
    private ZaloStub zalo;

    private StackMain(Path root) {
        this.root = root;
        this.state = root.resolve(".suite");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("care.repo.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "up" : args[0];
        switch (command) {
            case "up" -> new StackMain(root).up();
            case "token" -> {
                if (args.length != 3 || !ROLES.contains(args[1])) {
                    System.err.println("usage: suite token <role> <subject>   (role: " + String.join(" ", ROLES) + ")");
                    System.exit(2);
                }
                System.out.println(new DevTokens(DevKeys.loadOrCreate(root.resolve(".suite/keys"))).mint(args[1], args[2]));
            }
            case "keys" -> System.out.println(DevKeys.loadOrCreate(root.resolve(".suite/keys")).publicKeyFile());
            default -> {
                System.err.println("unknown command " + command);
                System.exit(2);
            }
        }
    }

    private void up() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::down, "suite-down"));
        Files.createDirectories(state.resolve("logs"));
        DevKeys keys = DevKeys.loadOrCreate(state.resolve("keys"));
        postgres = LocalPostgres.startOrConnect(state.resolve("postgres"), POSTGRES_PORT, Map.of());
        kafka = LocalKafka.start(state.resolve("kafka"), KAFKA_PORT);
        smsc = SmscSimulator.start(SMSC_PORT, RECEIPT_DELAY);
        zalo = ZaloStub.start(ZALO_PORT);
        for (SuiteService service : SuiteService.ALL) {
            postgres.ensureDatabase(service.database());
            services.add(launch(service, keys));
        }
        services.forEach(service -> service.awaitReady(HEALTH_TIMEOUT));
        printTable(DemoSubscribers.load(SuiteService.ALL.get(0).baseUrl(), new DevTokens(keys).mint("admin", "suite-demo")));
        Files.writeString(state.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
        Thread.currentThread().join();
    }

    private ServiceProcess launch(SuiteService service, DevKeys keys) {
        Map<String, String> env = ServiceProcess.stackEnvironment(postgres, kafka, keys);
        env.put("CARE_DEMO_DATA", "true");
        env.put("SMSC_HOST", "127.0.0.1");
        env.put("SMSC_PORT", Integer.toString(smsc.port()));
        env.put("ZALO_URL", zalo.url());
        return ServiceProcess.launch(root, service.module(), service.port(), env, List.of("-Xmx384m", "-XX:+UseSerialGC"),
                state.resolve("logs").resolve(service.module() + ".log"));
    }

    private void printTable(String demoSubscribers) {
        StringBuilder out = new StringBuilder("\nMobiFone customer-care suite is up\n\n");
        out.append(String.format("%-27s %-23s %-40s %-40s %s%n", "service", "base URL", "Swagger UI", "health", "metrics"));
        for (SuiteService s : SuiteService.ALL) {
            out.append(String.format("%-27s %-23s %-40s %-40s %s%n", s.module(), s.baseUrl(),
                    s.baseUrl() + "/q/swagger-ui", s.baseUrl() + "/q/health", s.baseUrl() + "/q/metrics"));
        }
        out.append(String.format("%nPostgreSQL %s (user %s)   Kafka %s   SMSC simulator smpp://localhost:%d   Zalo stub %s%n",
                postgres.baseUrl(), postgres.user(), kafka.bootstrapServers(), smsc.port(), zalo.url()));
        out.append("Every port listens on 127.0.0.1 only.\n\n").append(demoSubscribers);
        out.append("\nToken: ./suite token agent A001   Logs: .suite/logs/   Stop: ./suite down\n");
        System.out.println(out);
    }

    private void down() {
        services.forEach(ServiceProcess::requestStop);
        services.forEach(ServiceProcess::close);
        if (zalo != null) {
            zalo.close();
        }
        if (smsc != null) {
            smsc.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        try {
            Files.deleteIfExists(state.resolve("ready"));
        } catch (IOException e) {
            // nothing left to clean
        }
    }
}
