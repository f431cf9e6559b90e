package vn.mobifone.care.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No container engine runs here, so the deployment file is checked as data: every service module
 * is built from the sources on its port, with database, broker and key settings, waits for healthy
 * dependencies, and nothing is published beyond the host's loopback.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("care.repo.root", "..")).toAbsolutePath().normalize();
    private static final java.util.List<SuiteService> SERVICES = SuiteService.ALL;
    private static JsonNode compose;

    @BeforeAll
    static void read() throws Exception {
        // SnakeYAML resolves anchors and merge keys (<<) as docker compose does; Jackson's YAML reader does not.
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Object tree = new Yaml().load(reader);
            compose = new ObjectMapper().valueToTree(tree);
        }
    }

    @Test
    void infrastructureIsPostgres17AndKafkaInKraftMode() {
        JsonNode services = compose.get("services");
        assertThat(services.at("/postgres/image").asText()).startsWith("postgres:17");
        assertThat(services.at("/postgres/healthcheck/test").toString()).contains("pg_isready");
        assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(services.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(services.at("/kafka/healthcheck/test").isMissingNode()).isFalse();
    }

    @Test
    void everyPublishedPortIsOnLoopbackOnly() {
        List<String> published = new ArrayList<>();
        compose.get("services").fields().forEachRemaining(service -> service.getValue().path("ports")
                .forEach(port -> published.add(service.getKey() + " " + port.asText())));

        assertThat(published).hasSizeGreaterThanOrEqualTo(SERVICES.size() + 2)
                .allSatisfy(port -> assertThat(port).as("published port").matches("\\S+ 127\\.0\\.0\\.1:\\d+:\\d+"));
    }

    @Test
    void kafkaIsReachableFromTheHostOnItsOwnListener() {
        JsonNode env = compose.at("/services/kafka/environment");
        assertThat(env.get("KAFKA_LISTENERS").asText()).contains("EXTERNAL://:19092");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS").asText()).contains("PLAINTEXT://kafka:9092").contains("EXTERNAL://localhost:19092");
        assertThat(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText()).contains("EXTERNAL:PLAINTEXT");
        assertThat(env.get("KAFKA_INTER_BROKER_LISTENER_NAME").asText()).isEqualTo("PLAINTEXT");
        assertThat(compose.at("/services/kafka/ports/0").asText()).isEqualTo("127.0.0.1:19092:19092");
    }

    @Test
    void aLocalRunNeedsNoVariable() {
        JsonNode gateway = compose.at("/services/sms-gateway-service/environment");
        for (String name : List.of("SMSC_HOST", "SMSC_PORT", "SMSC_SYSTEM_ID", "SMSC_PASSWORD")) {
            assertThat(gateway.get(name).asText()).as(name).matches("\\$\\{" + name + ":-[^}]+}");
        }
        assertThat(compose.at("/services/subscriber-lookup-service/volumes/0").asText()).isEqualTo("${JWT_KEYS_DIR:-./.suite/keys}:/keys:ro");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceModuleIsBuiltFromTheSourcesAndHealthChecked(SuiteService service) {
        JsonNode node = compose.get("services").get(service.module());
        assertThat(node).as(service.module() + " in docker-compose.yml").isNotNull();
        assertThat(Files.isDirectory(ROOT.resolve(service.module()))).isTrue();
        assertThat(node.at("/build/context").asText()).isEqualTo(".");
        assertThat(ROOT.resolve(node.at("/build/dockerfile").asText())).exists();
        assertThat(node.at("/build/args/SERVICE").asText()).isEqualTo(service.module());
        assertThat(node.at("/build/args/PORT").asText()).isEqualTo(Integer.toString(service.port()));
        assertThat(node.at("/ports/0").asText()).isEqualTo("127.0.0.1:" + service.port() + ":" + service.port());
        JsonNode env = node.get("environment");
        assertThat(env.get("QUARKUS_HTTP_PORT").asText()).isEqualTo(Integer.toString(service.port()));
        assertThat(env.get("DB_URL_BASE").asText()).contains("postgres:5432");
        assertThat(env.get("KAFKA_BOOTSTRAP").asText()).isEqualTo("kafka:9092");
        assertThat(env.get("JWT_PUBLIC_KEY").asText()).isNotBlank();
        assertThat(node.at("/healthcheck/test").toString()).contains("/usr/local/bin/health-check").doesNotContain("curl");
        assertThat(node.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(node.at("/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceDatabaseIsCreated(SuiteService service) throws Exception {
        assertThat(Files.readString(ROOT.resolve("docker/postgres-init.sql"))).contains("CREATE DATABASE " + service.database() + ";");
    }

    @Test
    void theImageIsBuiltFromTheSourcesInTwoStages() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("docker/Dockerfile.jvm"));
        assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).hasSize(2).first().asString().endsWith(" AS build");
        assertThat(lines).anyMatch(l -> l.startsWith("RUN ") && l.contains("test -n"))
                .anyMatch(l -> l.contains("./mvnw -B -ntp -pl \"${SERVICE}\" -am package -DskipTests"))
                .anyMatch(l -> l.startsWith("COPY --from=build ") && l.contains("/target/quarkus-app/lib/"))
                .anyMatch(l -> l.equals("EXPOSE ${PORT}"))
                .anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("/usr/local/bin/health-check"))
                .noneMatch(l -> l.contains("curl") && !l.startsWith("#"));
        // The build stage copies the checkout: a stale target/ of this machine must not go in with it.
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains("**/target/", ".suite/");
        assertThat(Map.of("health-check", Files.isExecutable(ROOT.resolve("docker/health-check")))).containsEntry("health-check", true);
    }
}
