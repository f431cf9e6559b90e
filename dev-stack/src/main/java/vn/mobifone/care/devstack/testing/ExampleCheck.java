package vn.mobifone.care.devstack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An example checked against its schema, for the parts of JSON Schema the suite's documents use:
 * types, {@code required}, listed properties (none other), {@code enum}, {@code pattern}, bounds,
 * items and references. An example is what integrators copy, so it must be a request the service
 * takes as far as the contract can tell.
 */
final class ExampleCheck {

    private final JsonNode document;

    ExampleCheck(JsonNode document) {
        this.document = document;
    }

    /** @return what is wrong with {@code value} against {@code schema}, each naming where */
    List<String> violations(JsonNode schema, JsonNode value, String where) {
        List<String> wrong = new ArrayList<>();
        check(schema, value, where, wrong);
        return wrong;
    }

    private void check(JsonNode schema, JsonNode value, String where, List<String> wrong) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            schema.path("allOf").forEach(part -> check(part, value, where, wrong));
        }
        if (value.isNull()) {
            if (!nullable(schema)) {
                wrong.add(where + " is null, which its schema does not allow");
            }
            return;
        }
        String type = type(schema);
        if (type != null && !typeMatches(type, value)) {
            wrong.add(where + " is " + value.getNodeType().name().toLowerCase() + ", not " + type);
            return;
        }
        if (schema.has("enum") && !contains(schema.path("enum"), value)) {
            wrong.add(where + " = " + value + " is not one of " + schema.path("enum"));
        }
        if (value.isTextual() && schema.has("pattern") && !Pattern.compile(schema.path("pattern").asText()).matcher(value.asText()).find()) {
            wrong.add(where + " = " + value + " does not match " + schema.path("pattern").asText());
        }
        if (value.isNumber() && schema.has("minimum") && value.decimalValue().compareTo(schema.path("minimum").decimalValue()) < 0) {
            wrong.add(where + " = " + value + " is below " + schema.path("minimum"));
        }
        if (value.isNumber() && schema.has("maximum") && value.decimalValue().compareTo(schema.path("maximum").decimalValue()) > 0) {
            wrong.add(where + " = " + value + " is above " + schema.path("maximum"));
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    wrong.add(where + " lacks the required " + name.asText());
                }
            });
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (properties.has(name)) {
                    check(properties.path(name), value.path(name), where + "." + name, wrong);
                } else if (schema.path("additionalProperties").isObject()) {
                    check(schema.path("additionalProperties"), value.path(name), where + "." + name, wrong);
                } else if (properties.size() > 0) {
                    wrong.add(where + "." + name + " is not a field of the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.path("items"), value.get(i), where + "[" + i + "]", wrong);
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? resolve(document.path("components").path("schemas").path(ref.substring(21))) : schema;
    }

    /** The schema's single non-null type, or {@code null} when it names none. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode t : type) {
            if (!"null".equals(t.asText())) {
                return t.asText();
            }
        }
        return null;
    }

    private static boolean nullable(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        for (JsonNode t : schema.path("type")) {
            if ("null".equals(t.asText())) {
                return true;
            }
        }
        return !schema.has("type") && !schema.has("$ref");
    }

    private static boolean typeMatches(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
