package vn.mobifone.care.endtoend;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.devstack.Processes;
import vn.mobifone.care.devstack.ServiceProcess;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * The services as they ship ({@code <module>/target/quarkus-app}), each in a JVM of its own, on
 * one PostgreSQL, one Kafka broker and an SMSC simulator: started once for every test class of
 * the module (the first class to ask starts it, JUnit closes it after the last), since a start
 * costs far more than any test. Test classes take it with {@code @ExtendWith(PackagedSuite.Extension.class)}
 * and a {@code PackagedSuite} parameter.
 */
public final class PackagedSuite implements ExtensionContext.Store.CloseableResource {

    /** The services under test, with the database each owns. */
    public enum Service {
        LOOKUP("subscriber-lookup-service", "subscriber_lookup"),
        CONSULTATION("consultation-service", "consultation"),
        SMS_GATEWAY("sms-gateway-service", "sms_gateway");

        final String module;
        final String database;

        Service(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    /** A packaged Quarkus service starts in seconds alone; on two shared cores, with the others, it takes longer. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** The simulator's receipt comes this long after the submit, as from a handset nearby. */
    private static final Duration RECEIPT_DELAY = Duration.ofMillis(200);
    /**
     * Small heaps, the serial collector and C1 only: these JVMs answer a few requests each, so
     * start-up and the machine's two cores matter more than peak speed.
     */
    private static final List<String> SERVICE_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path root = Path.of(System.getProperty("care.repo.root", "..")).toAbsolutePath().normalize();
    private final Path work = Path.of("target", "end-to-end").toAbsolutePath();
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private DevKeys keys;
    private SmscSimulator smsc;

    private PackagedSuite() {
        try {
            start();
        } catch (RuntimeException | Error e) {
            // A service that did not start must not leave the others running after the build.
            close();
            throw e;
        }
    }

    private void start() {
        postgres = LocalPostgres.startOrConnect(null, 0, Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
        // A broker of our own even when KAFKA_BOOTSTRAP is set: the services' consumer groups and
        // topics must start empty, or a previous run's commands would be delivered again.
        kafka = LocalKafka.start(work.resolve("kafka-" + ProcessHandle.current().pid()), 0);
        keys = DevKeys.loadOrCreate(work.resolve("keys"));
        TestStack.useStack(kafka.bootstrapServers(), keys.publicKeyFile().getParent());
        smsc = SmscSimulator.start(0, RECEIPT_DELAY);
        for (Service service : Service.values()) {
            postgres.recreateDatabase(service.database);
            ports.put(service, Processes.freePort());
        }
        // Launched together, awaited together: the three starts overlap.
        for (Service service : Service.values()) {
            launch(service);
        }
        for (Service service : Service.values()) {
            running.get(service).awaitReady(START_TIMEOUT);
        }
        await("the gateway's SMPP bind").atMost(Duration.ofMinutes(1)).until(() -> smsc.boundSessions() > 0);
    }

    private void launch(Service service) {
        Map<String, String> env = ServiceProcess.stackEnvironment(postgres, kafka, keys);
        env.put("SMSC_HOST", "127.0.0.1");
        env.put("SMSC_PORT", Integer.toString(smsc.port()));
        env.put("LOOKUP_URL", url(Service.LOOKUP));
        running.put(service, ServiceProcess.launch(root, service.module, ports.get(service), env, SERVICE_JVM,
                work.resolve("logs").resolve(service.module + ".log")));
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public SmscSimulator smsc() {
        return smsc;
    }

    /**
     * {@code Bearer <jwt>} signed with the key the services trust; an agent or supervisor is first
     * registered as active on the suite's agent-status-changed topic, as every service refuses a
     * person it does not find there.
     */
    public String bearer(String role, String subject) {
        vn.mobifone.care.devstack.AgentRoster.register(kafka.bootstrapServers(), subject, java.util.Set.of(role));
        return unregisteredBearer(role, subject);
    }

    /** A token of a person not (or no longer) in the directory, as a departed agent still holds. */
    public String unregisteredBearer(String role, String subject) {
        return "Bearer " + new DevTokens(keys).mint(role, subject);
    }

    /** JDBC to a service's own database, to assert what it wrote (or did not). */
    public Connection db(Service service) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(service.database), postgres.user(), postgres.password());
    }

    /** Stops a service the way an operator would (SIGTERM); {@link #start} brings it back on the same port and data. */
    public void stop(Service service) {
        ServiceProcess process = running.remove(service);
        if (process != null) {
            process.close();
        }
    }

    public void start(Service service) {
        if (!running.containsKey(service)) {
            launch(service);
            running.get(service).awaitReady(START_TIMEOUT);
        }
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::requestStop);
        running.values().forEach(ServiceProcess::close);
        if (smsc != null) {
            smsc.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Starts the suite for the first test class that needs it and hands it to tests as a parameter. */
    public static final class Extension implements BeforeAllCallback, ParameterResolver {

        @Override
        public void beforeAll(ExtensionContext context) {
            suite(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PackagedSuite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return suite(context);
        }

        /** In the root store: one suite for the whole run, closed by JUnit when the run ends. */
        private static PackagedSuite suite(ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(PackagedSuite.class, key -> new PackagedSuite(), PackagedSuite.class);
        }
    }
}
