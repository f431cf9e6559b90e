package vn.mobifone.care.devstack.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks every operation a service serves, read from its own OpenAPI document, so that a new
 * endpoint is covered without new test code: the document is complete enough for a generated
 * client (an operationId, unique; a typed success body; problem answers), and bad input of each
 * class the platform refuses is answered with a 400 problem, never a 2xx or a 500.
 */
final class OperationsSweep {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Operation(String method, String path, JsonNode node) {

        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode document;

    OperationsSweep() throws Exception {
        document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    }

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    all.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return all;
    }

    /** @return what a generated client could not use, one line per defect */
    List<String> contractDefects() {
        List<String> defects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Operation op : operations()) {
            String id = op.node().path("operationId").asText("");
            if (id.isEmpty()) {
                defects.add(op.name() + ": no operationId");
            } else if (!ids.add(id)) {
                defects.add(op.name() + ": operationId " + id + " is used twice");
            }
            JsonNode responses = op.node().path("responses");
            boolean success = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                if (!r.getKey().startsWith("2")) {
                    continue;
                }
                success = true;
                if (!r.getKey().equals("204") && !r.getKey().equals("202") && untyped(r.getValue())) {
                    defects.add(op.name() + ": success " + r.getKey() + " has no typed body");
                }
            }
            if (!success) {
                defects.add(op.name() + ": no success response");
            }
            if (!responses.has("500")) {
                defects.add(op.name() + ": no 500 problem response");
            }
            JsonNode body = op.node().path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode()) {
                exampleDefects(op, body, defects);
            }
        }
        return defects;
    }

    /**
     * A JSON body comes with at least one example, what Swagger UI's "Try it out" starts from and
     * an integrator copies; each is valid by the body's own schema, so an example never shows a
     * field, a value or a spelling the service refuses.
     */
    private void exampleDefects(Operation op, JsonNode body, List<String> defects) {
        List<JsonNode> examples = new ArrayList<>();
        body.path("examples").forEach(example -> examples.add(example.path("value")));
        if (body.has("example")) {
            examples.add(body.path("example"));
        }
        if (examples.isEmpty()) {
            defects.add(op.name() + ": the request body has no example");
        }
        for (JsonNode example : examples) {
            new ExampleCheck(document).violations(body.path("schema"), example, "body")
                    .forEach(violation -> defects.add(op.name() + ": example " + violation));
        }
    }

    private static boolean untyped(JsonNode response) {
        JsonNode content = response.path("content");
        if (!content.isObject() || content.isEmpty()) {
            return true;
        }
        for (JsonNode media : content) {
            JsonNode schema = media.path("schema");
            if (schema.isObject() && !schema.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** @return operations that answered bad input with anything but a 400 problem, one line each */
    List<String> badInputAnswers(String bearer) {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            String path = concretePath(op);
            if (op.node().path("requestBody").path("content").has("application/json")) {
                for (String body : List.of("{\"a\":1}bla", "{\"a\":1,\"a\":2}", "{\"a\":1}{\"a\":1}")) {
                    Response answer = given().header("Authorization", bearer).contentType("application/json").body(body)
                            .request(op.method(), path);
                    expect400(op, "body " + body, answer, wrong);
                }
            }
            for (JsonNode parameter : op.node().path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    Response answer = given().header("Authorization", bearer).urlEncodingEnabled(false)
                            .contentType("application/json").body(op.node().has("requestBody") ? "{}" : "")
                            .request(op.method(), path + "?" + parameter.path("name").asText() + "=a%00b");
                    expect400(op, "query " + parameter.path("name").asText() + "=a%00b", answer, wrong);
                }
            }
        }
        return wrong;
    }

    private static void expect400(Operation op, String input, Response answer, List<String> wrong) {
        expectProblem(400, op, input, answer, wrong);
    }

    private static void expectProblem(int status, Operation op, String input, Response answer, List<String> wrong) {
        String type = answer.contentType() == null ? "" : answer.contentType();
        if (answer.statusCode() != status || !type.startsWith("application/problem+json")) {
            wrong.add(op.name() + " with " + input + " answered " + answer.statusCode() + " " + type);
        }
    }

    /**
     * @return operations that did not hold the caller to their media types, one line each: a JSON
     *         operation asked for XML answers 406, a JSON body sent as text is a 415, both problems
     */
    List<String> mediaTypeAnswers(String bearer) {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            String path = concretePath(op);
            boolean jsonBody = op.node().path("requestBody").path("content").has("application/json");
            if (answersOnlyJson(op)) {
                // The body is of the type the operation takes (a CSV upload's text/csv), so only Accept is wrong.
                Iterator<String> takes = op.node().path("requestBody").path("content").fieldNames();
                Response answer = given().header("Authorization", bearer).accept("text/xml")
                        .contentType(takes.hasNext() ? takes.next() : "application/json").body(jsonBody ? "{}" : "")
                        .request(op.method(), path);
                expectProblem(406, op, "Accept: text/xml", answer, wrong);
            }
            if (jsonBody) {
                Response answer = given().header("Authorization", bearer).contentType("text/plain").body("{}")
                        .request(op.method(), path);
                expectProblem(415, op, "Content-Type: text/plain", answer, wrong);
            }
        }
        return wrong;
    }

    /** Whether every success answer of the operation is JSON, so that no other media type can be asked for. */
    private static boolean answersOnlyJson(Operation op) {
        boolean any = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = op.node().path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            if (!r.getKey().startsWith("2") || !r.getValue().path("content").isObject() || r.getValue().path("content").isEmpty()) {
                continue;
            }
            for (Iterator<String> types = r.getValue().path("content").fieldNames(); types.hasNext(); ) {
                if (!types.next().equals("application/json")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The path with each parameter replaced by a value of its type, so that the request reaches the operation. */
    private String concretePath(Operation op) {
        String path = op.path();
        for (JsonNode parameter : op.node().path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            JsonNode schema = resolve(parameter.path("schema"));
            String value = switch (schema.path("format").asText(schema.path("type").asText())) {
                case "uuid" -> UUID.randomUUID().toString();
                case "integer", "int32", "int64", "number" -> "1";
                case "date" -> "2026-01-01";
                default -> parameter.path("name").asText().toLowerCase().contains("msisdn") ? "0901234567" : "x";
            };
            path = path.replace("{" + parameter.path("name").asText() + "}", value);
        }
        return path.replaceAll("\\{[^}]+}", "x");
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? document.path("components").path("schemas").path(ref.substring(21)) : schema;
    }
}
