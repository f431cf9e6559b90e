package vn.mobifone.care.devstack.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The drift check between a service and its published contract
 * ({@code contracts/src/main/resources/openapi/<service>.yaml}): the OpenAPI document the running
 * service serves must equal the contract. After an intended API change, run the tests with
 * {@code -Dcontract.update=true} to rewrite the contract, and review its diff like code.
 */
public final class OpenApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // Every string value quoted: examples such as "84901234567" or "13:45:30" must read back as strings.
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiContract() {
    }

    public static void assertServedDocumentMatches(String service) throws IOException {
        JsonNode served = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        Path contract = contractFile(service);
        if (Boolean.getBoolean("contract.update")) {
            Files.createDirectories(contract.getParent());
            YAML.writeValue(contract.toFile(), served);
            return;
        }
        if (!Files.exists(contract)) {
            throw new AssertionError("No contract at " + contract + "; create it with -Dcontract.update=true");
        }
        JsonNode expected = YAML.readTree(contract.toFile());
        List<String> drift = new ArrayList<>();
        diff("", expected, served, drift);
        if (!drift.isEmpty()) {
            throw new AssertionError("The served OpenAPI of " + service + " drifted from " + contract
                    + " (run with -Dcontract.update=true if the change is intended):\n  " + String.join("\n  ", drift));
        }
    }

    /** 1 and 1.0 are the same number to a reader of the contract. */
    private static boolean sameNumber(JsonNode expected, JsonNode actual) {
        return expected.isNumber() && actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }

    static Path contractFile(String service) {
        Path root = Path.of(System.getProperty("care.repo.root", "..")).toAbsolutePath().normalize();
        return root.resolve("contracts/src/main/resources/openapi").resolve(service + ".yaml");
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> drift) {
        if (expected == null || actual == null) {
            drift.add(path + (expected == null ? ": not in the contract" : ": missing from the service"));
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                diff(path + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), drift);
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    drift.add(path + "/" + name + ": not in the contract");
                }
            }
        } else if (!expected.equals(actual) && !sameNumber(expected, actual)) {
            drift.add(path + ": contract " + expected + ", service " + actual);
        }
    }
}
