package vn.mobifone.care.platform.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every field of an answer {@code required}, so a generated client reads ids, states and
 * times as present rather than optional. This is what the services do: Jackson writes every
 * component of a view record, a null one as {@code null} (a field that can be null says so with
 * {@code @Schema(nullable = true)}). A schema that declares its own {@code required} list keeps it:
 * that is how a record written without its null fields ({@code @JsonInclude(NON_NULL)}, like
 * {@code Problem}) lists the fields it always has. Schemas a request also uses are left alone: there
 * {@code required} is what the caller must send, which bean validation declares.
 */
final class AlwaysPresentFields {

    private AlwaysPresentFields() {
    }

    static void mark(SchemaGraph graph, Map<String, Schema> components) {
        Set<String> requests = graph.reachedByRequests();
        for (String name : graph.reachedByResponses()) {
            Schema schema = components.get(name);
            if (requests.contains(name) || schema == null || schema.getProperties() == null || schema.getProperties().isEmpty()
                    || schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }
}
