package vn.mobifone.care.platform.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names each page of the document after what it holds: the generator calls the instances of the
 * generic {@link Page} {@code Page1}, {@code Page2}… in the order it meets them, so a new endpoint
 * renames every page of a generated client. {@code Page<TicketView>} becomes {@code TicketPage}
 * ({@code TicketViewPage} when that name is taken), and the generic {@code Page} with untyped
 * items, which no operation answers, is dropped.
 */
final class PageSchemas {

    private static final Pattern NUMBERED = Pattern.compile("Page\\d+");

    private PageSchemas() {
    }

    /** @return the components under their new names */
    static Map<String, Schema> name(SchemaGraph graph, Map<String, Schema> components) {
        Map<String, String> renamed = new TreeMap<>();
        for (Map.Entry<String, Schema> entry : components.entrySet()) {
            if (!NUMBERED.matcher(entry.getKey()).matches()) {
                continue;
            }
            Schema items = entry.getValue().getProperties() == null ? null : entry.getValue().getProperties().get("items");
            String held = items == null || items.getItems() == null ? null : SchemaGraph.componentName(items.getItems().getRef());
            if (held == null) {
                continue;
            }
            String name = held.replaceFirst("View$", "") + "Page";
            if (components.containsKey(name) || renamed.containsValue(name)) {
                name = held + "Page";
            }
            renamed.put(entry.getKey(), name);
        }
        if (renamed.isEmpty()) {
            return components;
        }
        graph.forEachSchema(schema -> {
            String target = SchemaGraph.componentName(schema.getRef());
            if (target != null && renamed.containsKey(target)) {
                schema.setRef(SchemaGraph.COMPONENTS + renamed.get(target));
            }
        });
        Map<String, Schema> sorted = new TreeMap<>();
        components.forEach((name, schema) -> sorted.put(renamed.getOrDefault(name, name), schema));
        if (!graph.reachedByResponses().contains("Page") && !graph.reachedByRequests().contains("Page")) {
            sorted.remove("Page");
        }
        return sorted;
    }
}
