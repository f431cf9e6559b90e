package vn.mobifone.care.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private final Path root;
    private final Path state;
    private final List<ProcessHandle> services = new ArrayList<>();
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
                if (args.length < 3) {
                    System.err.println("usage: suite token <role> <subject>");
                    System.exit(2);
                }
                System.out.println(new DevTokens(DevKeys.loadOrCreate(root.resolve(".suite/keys"))).mint(args[1], args[2]));
            }
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
        for (SuiteService service : SuiteService.ALL) {
            awaitHealthy(service);
        }
        printTable();
        Files.writeString(state.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
        Thread.currentThread().join();
    }

    private ProcessHandle launch(SuiteService service, DevKeys keys) throws IOException {
        Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests package");
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(state.resolve("logs").resolve(service.module() + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("DB_URL_BASE", postgres.baseUrl());
        env.put("DB_USER", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("JWT_PUBLIC_KEY", keys.publicKeyFile().toString());
        env.put("CARE_DEMO_DATA", "true");
        env.put("SMSC_HOST", "localhost");
        env.put("SMSC_PORT", Integer.toString(smsc.port()));
        env.put("ZALO_URL", zalo.url());
        return builder.start().toHandle();
    }

    private void awaitHealthy(SuiteService service) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.module() + " not healthy after " + HEALTH_TIMEOUT
                + ", see .suite/logs/" + service.module() + ".log");
    }

    private void printTable() {
        StringBuilder out = new StringBuilder("\nMobiFone customer-care suite is up\n\n");
        out.append(String.format("%-27s %-23s %-40s %-40s %s%n", "service", "base URL", "Swagger UI", "health", "metrics"));
        for (SuiteService s : SuiteService.ALL) {
            out.append(String.format("%-27s %-23s %-40s %-40s %s%n", s.module(), s.baseUrl(),
                    s.baseUrl() + "/q/swagger-ui", s.baseUrl() + "/q/health", s.baseUrl() + "/q/metrics"));
        }
        out.append(String.format("%nPostgreSQL %s (user %s)   Kafka %s   SMSC simulator smpp://localhost:%d   Zalo stub %s%n",
                postgres.baseUrl(), postgres.user(), kafka.bootstrapServers(), smsc.port(), zalo.url()));
        out.append("Token: ./suite token agent A001   Logs: .suite/logs/   Stop: ./suite down\n");
        System.out.println(out);
    }

    private void down() {
        services.forEach(ProcessHandle::destroy);
        services.forEach(Processes::stop);
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
