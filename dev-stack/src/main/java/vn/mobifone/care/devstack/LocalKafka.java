package vn.mobifone.care.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) in a JVM of its own. Its
 * storage is formatted only when {@code meta.properties} is missing, so a restart keeps topics,
 * offsets and committed data, as a real broker restart would.
 */
public final class LocalKafka implements AutoCloseable {

    /** Fixed, so a data directory can be reused across runs. */
    private static final String CLUSTER_ID = "Y2FyZS1zdWl0ZS1sb2NhbA";
    private static final String CLASSPATH_RESOURCE = "/vn/mobifone/care/devstack/kafka-broker.classpath";
    private static final String STARTED = "Kafka Server started";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private ProcessHandle process;

    private LocalKafka(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker on {@code port} (0 picks a free one) with its data under {@code dir}. */
    public static LocalKafka start(Path dir, int port) {
        int brokerPort = port == 0 ? Processes.freePort() : port;
        LocalKafka kafka = new LocalKafka(dir, brokerPort, Processes.freePort());
        kafka.start();
        return kafka;
    }

    /** Reattaches to the broker of an earlier {@link #start} (tests keep one broker per JVM). */
    public static LocalKafka attach(Path dir, int port, int controllerPort, long pid) {
        LocalKafka kafka = new LocalKafka(dir, port, controllerPort);
        kafka.process = ProcessHandle.of(pid).orElse(null);
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dir() {
        return dir;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized void start() {
        try {
            Files.createDirectories(dir);
            Path config = writeConfig();
            String classpath = brokerClasspath();
            if (!Files.exists(dir.resolve("logs/meta.properties"))) {
                run(List.of("kafka.tools.StorageTool", "format", "-t", CLUSTER_ID, "-c", config.toString(), "--ignore-formatted"), classpath);
            }
            int startsBefore = startsLogged();
            process = java(List.of("kafka.Kafka", config.toString()), classpath)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile()))
                    .start().toHandle();
            awaitReady(startsBefore);
        } catch (IOException e) {
            throw new IllegalStateException("Kafka broker did not start, see " + dir.resolve("broker.log"), e);
        }
    }

    /** Stops the broker the way an operator would (SIGTERM, controlled shutdown). */
    public synchronized void stop() {
        Processes.stop(process);
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeConfig() throws IOException {
        Path config = dir.resolve("server.properties");
        String host = "127.0.0.1";
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + controllerPort,
                "listeners=PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("logs"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.flush.interval.messages=9223372036854775807",
                ""), StandardCharsets.UTF_8);
        return config;
    }

    private void awaitReady(int startsBefore) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Path log = dir.resolve("broker.log");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited, see " + log);
            }
            if (Processes.listening(port) && startsLogged() > startsBefore) {
                return;
            }
            Processes.sleep(50);
        }
        throw new IllegalStateException("Kafka broker not ready after " + READY_TIMEOUT + ", see " + log);
    }

    /** The broker log is appended across restarts: count the start lines to see this start's. */
    private int startsLogged() {
        Path log = dir.resolve("broker.log");
        try {
            if (!Files.exists(log)) {
                return 0;
            }
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            int count = 0;
            for (int i = text.indexOf(STARTED); i >= 0; i = text.indexOf(STARTED, i + 1)) {
                count++;
            }
            return count;
        } catch (IOException e) {
            return 0;
        }
    }

    private void run(List<String> args, String classpath) throws IOException {
        Process format = java(args, classpath)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("format.log").toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Kafka storage format failed, see " + dir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder java(List<String> mainAndArgs, String classpath) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx768m", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.kafka.log=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-cp", classpath));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static String brokerClasspath() throws IOException {
        try (InputStream in = LocalKafka.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + CLASSPATH_RESOURCE + ": build the dev-stack-kafka module first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
