package vn.mobifone.care.deployment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads manifests into the Kubernetes API's own types (fabric8's model, generated from the API's
 * OpenAPI schemas) and refuses what the API server would refuse or silently drop: an unknown
 * {@code apiVersion}/{@code kind}, a value of the wrong type, a field the type does not have (a
 * misspelt {@code readinessProbe} would otherwise pass), a quantity that does not parse. Offline:
 * the schemas are the classes.
 */
final class KubernetesModel {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "v1 Service", Service.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    /** What a file held, typed, or why it is not a valid object of the API. */
    record Result(List<HasMetadata> objects, List<String> violations) {
    }

    private KubernetesModel() {
    }

    static Result read(String source, String text) {
        List<HasMetadata> objects = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        int index = 0;
        try (YAMLParser parser = new YAMLFactory().createParser(text)) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                String where = source + " #" + index++;
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                String type = document.path("apiVersion").asText() + " " + document.path("kind").asText();
                Class<? extends HasMetadata> kind = KINDS.get(type);
                if (kind == null) {
                    violations.add(where + ": unknown apiVersion/kind '" + type + "'");
                    continue;
                }
                try {
                    HasMetadata object = YAML.treeToValue(document, kind);
                    String name = where + " " + document.path("kind").asText() + "/" + object.getMetadata().getName();
                    if (object.getMetadata().getName() == null || object.getMetadata().getName().isBlank()) {
                        violations.add(where + ": metadata.name is required");
                    }
                    unknownFields(object, name, violations, new IdentityHashMap<>());
                    objects.add(object);
                } catch (IOException | IllegalArgumentException e) {
                    violations.add(where + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        } catch (IOException e) {
            violations.add(source + ": not YAML: " + e.getMessage());
        }
        return new Result(objects, violations);
    }

    /** Every model object keeps the fields it does not know in {@code additionalProperties}: there must be none. */
    private static void unknownFields(Object value, String path, List<String> violations, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", violations, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, violations, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        if (value instanceof Quantity quantity) {
            try {
                quantity.getNumericalAmount();
            } catch (RuntimeException e) {
                violations.add(path + ": invalid quantity '" + quantity + "'");
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object field = getter.invoke(value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        violations.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else {
                    unknownFields(field, path + "." + property(getter.getName()), violations, seen);
                }
            } catch (ReflectiveOperationException e) {
                violations.add(path + ": cannot read " + getter.getName() + ": " + e.getMessage());
            }
        }
    }

    private static String property(String getter) {
        return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }
}
