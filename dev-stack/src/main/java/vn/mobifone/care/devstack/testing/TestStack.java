package vn.mobifone.care.devstack.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import vn.mobifone.care.devstack.AgentRoster;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;

/** What a test needs of the running stack: tokens, the database, the broker (and stopping it). */
public final class TestStack {

    private static final String PREFIX = CareTestStack.PREFIX;

    private TestStack() {
    }

    /**
     * Points {@link KafkaProbe} and {@link #bearer} at a stack started without Quarkus: the
     * end-to-end tests run the packaged services on a broker and keys of their own.
     */
    public static void useStack(String kafkaBootstrap, Path keysDir) {
        System.setProperty(PREFIX + "kafka.bootstrap", kafkaBootstrap);
        System.setProperty(PREFIX + "keys", keysDir.toString());
    }

    /**
     * {@code Bearer <jwt>} for a caller with one role. An agent or supervisor is registered as an
     * active member of the agent directory on the test broker first, as every service refuses a
     * person it does not find there.
     */
    public static String bearer(String role, String subject) {
        return "Bearer " + token(role, subject);
    }

    /** {@code Bearer <jwt>} for a caller holding every role of the suite: what a check of all operations needs. */
    public static String bearerWithEveryRole(String subject) {
        DevKeys keys = DevKeys.loadOrCreate(Path.of(require("keys")));
        java.util.Set<String> roles = java.util.Set.of("agent", "supervisor", "ops", "integration", "admin");
        AgentRoster.register(kafkaBootstrap(), subject, roles);
        return "Bearer " + new DevTokens(keys).mint(roles, subject, java.time.Duration.ofHours(1));
    }

    public static String token(String role, String subject) {
        AgentRoster.register(kafkaBootstrap(), subject, java.util.Set.of(role));
        DevKeys keys = DevKeys.loadOrCreate(Path.of(require("keys")));
        return new DevTokens(keys).mint(role, subject);
    }

    public static String kafkaBootstrap() {
        return require("kafka.bootstrap");
    }

    public static String jdbcUrl() {
        return require("db.base") + "/" + require("db.name");
    }

    /** A plain JDBC connection to the service's test database, to assert rows. */
    public static Connection db() {
        try {
            return DriverManager.getConnection(jdbcUrl(), require("db.user"), require("db.password"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token of a person who is not in the agent directory (or not any more): what a departed
     * agent still holds.
     */
    public static String bearerUnregistered(String role, String subject) {
        DevKeys keys = DevKeys.loadOrCreate(Path.of(require("keys")));
        return "Bearer " + new DevTokens(keys).mint(role, subject);
    }

    /** Stops the broker (controlled shutdown); skips the test when the broker is not ours. */
    public static void stopKafka() {
        LocalKafka kafka = kafkaHandle().orElse(null);
        Assumptions.assumeTrue(kafka != null, "KAFKA_BOOTSTRAP names an external broker");
        kafka.stop();
    }

    /** Starts the broker again on the same port and data, as after a restart. */
    public static void startKafka() {
        LocalKafka kafka = kafkaHandle().orElseThrow();
        kafka.start();
        System.setProperty(PREFIX + "kafka.pid", Long.toString(kafka.pid()));
    }

    static Optional<LocalKafka> kafkaHandle() {
        String dir = System.getProperty(PREFIX + "kafka.dir");
        if (dir == null) {
            return Optional.empty();
        }
        return Optional.of(LocalKafka.attach(Path.of(dir),
                Integer.parseInt(require("kafka.port")),
                Integer.parseInt(require("kafka.controller-port")),
                Long.parseLong(require("kafka.pid"))));
    }

    static LocalPostgres postgres() {
        return LocalPostgres.attach(require("db.base"), require("db.user"), require("db.password"));
    }

    private static String require(String key) {
        String value = System.getProperty(PREFIX + key);
        if (value == null) {
            throw new IllegalStateException("The test stack is not started: annotate a test with @WithTestResource(value = CareTestStack.class, scope = TestResourceScope.GLOBAL)");
        }
        return value;
    }
}
