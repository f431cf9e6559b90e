package vn.mobifone.care.devstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;

/**
 * Starts one real PostgreSQL and one real Kafka broker per test JVM, shared by every test class
 * of a module, and points the service at them. {@code DB_URL} and {@code KAFKA_BOOTSTRAP}, when
 * set, name servers to use instead. Each run gets a fresh database named by the {@code database}
 * argument.
 *
 * <p>State lives in system properties, not static fields, because Quarkus may load this class
 * in more than one class loader within the JVM.
 */
public class CareTestStack implements QuarkusTestResourceLifecycleManager {

    static final String PREFIX = "care.test.";
    private static final Path WORK = Path.of("target", "test-stack");

    private String database = "care_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PREFIX + "started") == null) {
                startShared();
                System.setProperty(PREFIX + "started", "true");
            }
            if (System.getProperty(PREFIX + "db." + database) == null) {
                TestStack.postgres().recreateDatabase(database);
                System.setProperty(PREFIX + "db." + database, "fresh");
            }
        }
        System.setProperty(PREFIX + "db.name", database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestStack.jdbcUrl());
        config.put("quarkus.datasource.username", System.getProperty(PREFIX + "db.user"));
        config.put("quarkus.datasource.password", System.getProperty(PREFIX + "db.password"));
        config.put("kafka.bootstrap.servers", TestStack.kafkaBootstrap());
        config.put("mp.jwt.verify.publickey.location", System.getProperty(PREFIX + "keys") + "/public.pem");
        config.put("mp.jwt.verify.issuer", DevKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // Shared by all test classes of the JVM; a shutdown hook stops the servers at the end.
    }

    private static void startShared() {
        LocalPostgres postgres = LocalPostgres.startOrConnect(null, 0,
                Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
        System.setProperty(PREFIX + "db.base", postgres.baseUrl());
        System.setProperty(PREFIX + "db.user", postgres.user());
        System.setProperty(PREFIX + "db.password", postgres.password());

        String external = System.getenv("KAFKA_BOOTSTRAP");
        LocalKafka kafka = null;
        if (external != null && !external.isBlank()) {
            System.setProperty(PREFIX + "kafka.bootstrap", external);
        } else {
            Path dir = WORK.resolve("kafka-" + ProcessHandle.current().pid()).toAbsolutePath();
            kafka = LocalKafka.start(dir, 0);
            System.setProperty(PREFIX + "kafka.bootstrap", kafka.bootstrapServers());
            System.setProperty(PREFIX + "kafka.dir", dir.toString());
            System.setProperty(PREFIX + "kafka.port", Integer.toString(kafka.port()));
            System.setProperty(PREFIX + "kafka.controller-port", Integer.toString(kafka.controllerPort()));
            System.setProperty(PREFIX + "kafka.pid", Long.toString(kafka.pid()));
        }
        DevKeys keys = DevKeys.loadOrCreate(WORK.resolve("keys").toAbsolutePath());
        System.setProperty(PREFIX + "keys", keys.publicKeyFile().getParent().toString());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            TestStack.kafkaHandle().ifPresent(LocalKafka::stop);
            postgres.close();
        }, "care-test-stack-stop"));
    }
}
