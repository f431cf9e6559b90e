package vn.mobifone.care.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import vn.mobifone.care.platform.problem.Problem;

/**
 * What every operation of every service answers besides its own responses, written into each
 * service's OpenAPI document from this one place: the problems the platform itself raises (400
 * for invalid input, 401 without a valid token, 403 for a role that may not call it, 413 for a body
 * too large, 500 with an errorId), the roles an operation needs in words, and the servers. An
 * operation's own declaration of one of these statuses is kept: it is more precise. Then the rules
 * every schema follows: pages named after what they hold ({@link PageSchemas}), the fields of an
 * answer required ({@link AlwaysPresentFields}).
 */
public class CareOpenApi implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** The reason the platform answers a {@code ResourceNotFound} with. */
    private static final String NOT_FOUND = "not-found";
    /** The descriptions the generator writes for the statuses it adds by itself. */
    private static final Set<String> GENERIC = Set.of("Bad Request", "Not Authorized", "Not Allowed", "Unauthorized", "Forbidden");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getServers() == null || api.getServers().isEmpty()) {
            String port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", String.class).orElse("8080");
            api.addServer(OASFactory.createServer().url("http://localhost:" + port).description("The local suite (./suite up)"));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getValue(), item);
            }
        }
        requireProblemSchema(api);
        SchemaGraph graph = new SchemaGraph(api);
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().setSchemas(PageSchemas.name(graph, api.getComponents().getSchemas()));
            AlwaysPresentFields.mark(graph, api.getComponents().getSchemas());
        }
    }

    private static void complete(Operation operation, PathItem item) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty()
                || item.getParameters() != null && !item.getParameters().isEmpty();
        if (hasInput) {
            addIfAbsent(responses, "400", "Invalid input: the violations name each field (reason validation-failed), or a body that is not one"
                    + " well-formed JSON document (reason malformed-body)");
        }
        List<String> roles = roles(operation);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(responses, "401", "No valid bearer token (reason unauthenticated)");
            addIfAbsent(responses, "403", "The caller's role may not call this operation (reason forbidden)");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The body is larger than this operation takes (reason body-too-large)");
        }
        addIfAbsent(responses, "500", "Unexpected error; quote the errorId to support");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                answerWithProblem(status, response);
            }
        });
        if (!roles.isEmpty()) {
            String line = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            if (description == null || !description.contains(line)) {
                operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
            }
        }
    }

    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream()
                .map(SecurityRequirement::getSchemes)
                .filter(schemes -> schemes != null)
                .flatMap(schemes -> schemes.values().stream())
                .flatMap(List::stream)
                .distinct()
                .toList();
    }

    /**
     * Adds the platform's problem answer for a status; an answer the operation declared itself
     * keeps its description, and gets the problem body if it had none (the generator's own 400,
     * 401 and 403 come without one, and a generic description).
     */
    private static void addIfAbsent(APIResponses responses, String status, String description) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared != null && declared.getContent() != null && !declared.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        APIResponse response = declared == null ? OASFactory.createAPIResponse() : declared;
        if (declared == null || GENERIC.contains(declared.getDescription())) {
            response.description(description);
        }
        response.content(problemContent());
        responses.addAPIResponse(status, response);
    }

    /**
     * An error answer an operation declares with its reasons only gets the problem body; a 404
     * names the reason every missing resource is answered with ({@code ResourceNotFound}).
     */
    private static void answerWithProblem(String status, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.content(problemContent());
        }
        String description = response.getDescription();
        if ("404".equals(status) && (description == null || !description.contains(NOT_FOUND))) {
            response.description(description == null || description.isBlank() ? "Not found (reason " + NOT_FOUND + ")"
                    : description + " (reason " + NOT_FOUND + ")");
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /**
     * The problem body has one source, the {@link Problem} record, which the scanner turns into
     * the {@code Problem} and {@code Violation} schemas as soon as one operation names it; the
     * answers added here only refer to it. A service that names it nowhere fails its build here
     * rather than publishing a reference to nothing.
     */
    private static void requireProblemSchema(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("Problem") || !schemas.containsKey("Violation")) {
            throw new IllegalStateException("The OpenAPI document refers to the platform's Problem schema, which no operation names:"
                    + " declare one error answer with schema = @Schema(implementation = Problem.class)");
        }
    }
}
