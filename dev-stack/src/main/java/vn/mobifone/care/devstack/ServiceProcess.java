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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running in a JVM of its
 * own, as in production: the suite and the benchmarks start services this way.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String module;
    private final int port;
    private final ProcessHandle handle;
    private final Path log;

    private ServiceProcess(String module, int port, ProcessHandle handle, Path log) {
        this.module = module;
        this.port = port;
        this.handle = handle;
        this.log = log;
    }

    /** The settings that point a service at the stack: database server, broker, token key. */
    public static Map<String, String> stackEnvironment(LocalPostgres postgres, LocalKafka kafka, DevKeys keys) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL_BASE", postgres.baseUrl());
        env.put("DB_USER", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("JWT_PUBLIC_KEY", keys.publicKeyFile().toString());
        return env;
    }

    /**
     * @param environment variables on top of this process's own ({@link #stackEnvironment} and more)
     * @param jvmOptions  heap and GC settings, e.g. {@code -Xmx384m}
     */
    public static ServiceProcess launch(Path root, String module, int port, Map<String, String> environment,
            List<String> jvmOptions, Path log) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // Loopback unless told otherwise: a local run is not a server for the network the machine is on.
        builder.environment().putIfAbsent("QUARKUS_HTTP_HOST", "127.0.0.1");
        try {
            Files.createDirectories(log.getParent());
            return new ServiceProcess(module, port, builder.start().toHandle(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + module, e);
        }
    }

    /** Waits until readiness (database and broker checked) answers UP. */
    public ServiceProcess awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!handle.isAlive()) {
                throw new IllegalStateException(module + " exited during start, see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Processes.sleep(250);
        }
        throw new IllegalStateException(module + " not ready after " + timeout + ", see " + log);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return handle.pid();
    }

    /** CPU time the service's JVM has used so far: per request, it leaves out the time spent waiting for a core. */
    public Duration cpu() {
        return handle.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Asks the service to stop without waiting, so several can shut down together. */
    public void requestStop() {
        handle.destroy();
    }

    @Override
    public void close() {
        Processes.stop(handle);
    }
}
