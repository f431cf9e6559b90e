package vn.mobifone.care.bench.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * The packaged gateway as a child process on the benchmark's PostgreSQL, Kafka and simulator.
 * {@code -Dbench.service.jvm-options="..."} adds JVM options (e.g. a flight recording).
 */
final class Gateway {

    private final Path root;
    private final Path work;
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final DevKeys keys;
    private final SmscSimulator smsc;

    Gateway(Path root, Path work, LocalPostgres postgres, LocalKafka kafka, DevKeys keys, SmscSimulator smsc) {
        this.root = root;
        this.work = work;
        this.postgres = postgres;
        this.kafka = kafka;
        this.keys = keys;
        this.smsc = smsc;
    }

    /** A started, ready gateway; closing it stops it cleanly (in-flight work is finished and recorded). */
    final class Running implements AutoCloseable {
        final int httpPort;
        final String token;
        private final Process process;

        private Running(int httpPort, Process process) {
            this.httpPort = httpPort;
            this.process = process;
            this.token = "Bearer " + new DevTokens(keys).mint("integration", "bench");
        }

        /** CPU time the gateway's JVM used so far: per message it does not depend on how loaded the machine is. */
        Duration cpu() {
            return process.info().totalCpuDuration().orElse(Duration.ZERO);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** @param delivering false to only take messages in (sms-gateway.dispatch.enabled=false) */
    Running launch(boolean delivering, String name) throws Exception {
        int httpPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dsms-gateway.dispatch.enabled=" + delivering));
        String extra = System.getProperty("bench.service.jvm-options", "").replace("{phase}", name);
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", root.resolve("sms-gateway-service/target/quarkus-app/quarkus-run.jar").toString()));
        Path log = work.resolve("sms-gateway-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.put("DB_URL_BASE", postgres.baseUrl());
        env.put("DB_USER", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("JWT_PUBLIC_KEY", keys.publicKeyFile().toString());
        env.put("SMSC_HOST", "127.0.0.1");
        env.put("SMSC_PORT", Integer.toString(smsc.port()));
        System.out.println("gateway log: " + log);
        Running running = new Running(httpPort, builder.start());
        awaitReady(running, delivering);
        return running;
    }

    private void awaitReady(Running running, boolean delivering) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + running.httpPort + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && (!delivering || smsc.boundSessions() > 0)) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        running.close();
        throw new IllegalStateException("The gateway did not become ready");
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
