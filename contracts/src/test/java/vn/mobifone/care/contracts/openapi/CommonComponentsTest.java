package vn.mobifone.care.contracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The components every service shares (the problem body, the MSISDN, ids and times, the bearer
 * scheme) have one source, the platform, whose classes and OpenAPI filter write them into each
 * service's document. The five published documents must therefore carry them identically: a
 * difference means one document was regenerated from an older platform, and an integrator who
 * generates one client for several services would get two incompatible {@code Problem} types.
 */
class CommonComponentsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path OPENAPI = Path.of("src/main/resources/openapi");
    static final List<String> SERVICES = List.of("consultation-service", "it-ticket-service", "outbound-campaign-service",
            "sms-gateway-service", "subscriber-lookup-service");
    /** What the platform defines once for all services. */
    private static final List<String> COMMON_SCHEMAS = List.of("Problem", "Violation", "Msisdn", "UUID", "Instant");

    @Test
    void everyDocumentCarriesTheCommonSchemasAsThePlatformWritesThem() throws IOException {
        Map<String, JsonNode> documents = documents();
        for (String name : COMMON_SCHEMAS) {
            JsonNode first = documents.get(SERVICES.get(0)).path("components").path("schemas").path(name);
            assertThat(first.isMissingNode()).as("%s in %s", name, SERVICES.get(0)).isFalse();
            for (String service : SERVICES) {
                assertThat(documents.get(service).path("components").path("schemas").path(name))
                        .as("schema %s of %s is the one of %s", name, service, SERVICES.get(0)).isEqualTo(first);
            }
        }
    }

    @Test
    void everyDocumentDeclaresTheSameBearerScheme() throws IOException {
        Map<String, JsonNode> documents = documents();
        JsonNode first = documents.get(SERVICES.get(0)).path("components").path("securitySchemes");
        assertThat(first.isEmpty()).isFalse();
        for (String service : SERVICES) {
            assertThat(documents.get(service).path("components").path("securitySchemes")).as("security schemes of %s", service).isEqualTo(first);
        }
    }

    @Test
    void everyPageHasTheShapeOfThePlatformsPage() throws IOException {
        for (Map.Entry<String, JsonNode> document : documents().entrySet()) {
            document.getValue().path("components").path("schemas").fields().forEachRemaining(schema -> {
                if (schema.getKey().endsWith("Page")) {
                    assertThat(schema.getValue().path("properties").has("items")).as("%s of %s", schema.getKey(), document.getKey()).isTrue();
                    assertThat(schema.getValue().path("required")).as("required fields of %s of %s", schema.getKey(), document.getKey())
                            .extracting(JsonNode::asText).containsExactlyInAnyOrder("items", "page", "size", "total");
                }
                assertThat(schema.getKey()).as("a page named by number in %s", document.getKey()).doesNotMatch("Page\\d+");
            });
        }
    }

    static Map<String, JsonNode> documents() throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            documents.put(service, YAML.readTree(OPENAPI.resolve(service + ".yaml").toFile()));
        }
        return documents;
    }
}
