package vn.mobifone.care.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No container engine runs here, so the deployment file is checked as data: every service module
 * is deployed on its port, with database, broker and key settings, and waits for healthy dependencies.
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

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceModuleIsDeployedHealthChecked(SuiteService service) {
        JsonNode node = compose.get("services").get(service.module());
        assertThat(node).as(service.module() + " in docker-compose.yml").isNotNull();
        assertThat(Files.isDirectory(ROOT.resolve(service.module()))).isTrue();
        assertThat(node.at("/build/context").asText()).isEqualTo("./" + service.module());
        assertThat(ROOT.resolve(service.module()).resolve(node.at("/build/dockerfile").asText()).normalize()).exists();
        assertThat(node.at("/ports/0").asText()).isEqualTo(service.port() + ":" + service.port());
        JsonNode env = node.get("environment");
        assertThat(env.get("QUARKUS_HTTP_PORT").asText()).isEqualTo(Integer.toString(service.port()));
        assertThat(env.get("DB_URL_BASE").asText()).contains("postgres:5432");
        assertThat(env.get("KAFKA_BOOTSTRAP").asText()).isEqualTo("kafka:9092");
        assertThat(env.get("JWT_PUBLIC_KEY").asText()).isNotBlank();
        assertThat(node.at("/healthcheck/test").toString()).contains(":" + service.port() + "/q/health/ready");
        assertThat(node.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(node.at("/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceDatabaseIsCreated(SuiteService service) throws Exception {
        assertThat(Files.readString(ROOT.resolve("docker/postgres-init.sql"))).contains("CREATE DATABASE " + service.database() + ";");
    }
}
