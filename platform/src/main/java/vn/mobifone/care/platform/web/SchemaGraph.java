package vn.mobifone.care.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The schemas of an OpenAPI document as a graph, for the rules {@link CareOpenApi} applies to all
 * of them: every schema of the document, inline or a component, and which components a request
 * or a response reaches through their references.
 */
final class SchemaGraph {

    static final String COMPONENTS = "#/components/schemas/";

    private final OpenAPI api;

    SchemaGraph(OpenAPI api) {
        this.api = api;
    }

    Map<String, Schema> components() {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return Map.of();
        }
        return api.getComponents().getSchemas();
    }

    /** Every schema of the document, each nested one too, once. */
    void forEachSchema(Consumer<Schema> visitor) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Schema root : roots(true, true)) {
            visit(root, seen, visitor);
        }
        for (Schema component : components().values()) {
            visit(component, seen, visitor);
        }
    }

    /** The names of the components a response body reaches. */
    Set<String> reachedByResponses() {
        return reachedFrom(roots(false, true));
    }

    /** The names of the components a request body or a parameter reaches. */
    Set<String> reachedByRequests() {
        return reachedFrom(roots(true, false));
    }

    private Set<String> reachedFrom(Collection<Schema> roots) {
        Set<String> names = new LinkedHashSet<>();
        List<Schema> pending = new ArrayList<>(roots);
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema next = pending.remove(pending.size() - 1);
            visit(next, seen, schema -> {
                String name = componentName(schema.getRef());
                if (name != null && names.add(name) && components().get(name) != null) {
                    pending.add(components().get(name));
                }
            });
        }
        return names;
    }

    static String componentName(String ref) {
        return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    private List<Schema> roots(boolean requests, boolean responses) {
        List<Schema> roots = new ArrayList<>();
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return roots;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            if (requests) {
                parameters(item.getParameters(), roots);
            }
            for (Operation operation : item.getOperations().values()) {
                if (requests) {
                    parameters(operation.getParameters(), roots);
                    if (operation.getRequestBody() != null) {
                        content(operation.getRequestBody().getContent(), roots);
                    }
                }
                if (responses && operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        content(response.getContent(), roots);
                    }
                }
            }
        }
        return roots;
    }

    private static void parameters(List<Parameter> parameters, List<Schema> roots) {
        if (parameters != null) {
            for (Parameter parameter : parameters) {
                if (parameter.getSchema() != null) {
                    roots.add(parameter.getSchema());
                }
                content(parameter.getContent(), roots);
            }
        }
    }

    private static void content(Content content, List<Schema> roots) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                if (media.getSchema() != null) {
                    roots.add(media.getSchema());
                }
            }
        }
    }

    private static void visit(Schema schema, Set<Schema> seen, Consumer<Schema> visitor) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(child -> visit(child, seen, visitor));
        }
        visit(schema.getItems(), seen, visitor);
        visit(schema.getAdditionalPropertiesSchema(), seen, visitor);
        visit(schema.getNot(), seen, visitor);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(child -> visit(child, seen, visitor));
            }
        }
    }
}
