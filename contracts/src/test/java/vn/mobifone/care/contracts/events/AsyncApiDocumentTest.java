package vn.mobifone.care.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document integrators read is generated from the event records and the catalogue;
 * this test fails when the committed document differs. After an intended change of an event,
 * run with {@code -Dcontract.update=true} and review the diff.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // "84901234567" must stay a string when read back, as the service serves it.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final Path DOCUMENT = Path.of("src/main/resources/asyncapi/care-events.yaml");

    @Test
    void everyTopicOfTheCatalogueIsDocumented() throws Exception {
        List<String> constants = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(EventCatalogue.CHANNELS).extracting(EventCatalogue.Channel::topic)
                .containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void theCommittedDocumentIsTheGeneratedOne() throws Exception {
        JsonNode generated = document();
        if (Boolean.getBoolean("contract.update")) {
            Files.createDirectories(DOCUMENT.getParent());
            YAML.writeValue(DOCUMENT.toFile(), generated);
        }
        assertThat(Files.exists(DOCUMENT)).as("%s exists (create with -Dcontract.update=true)", DOCUMENT).isTrue();
        assertThat(YAML.readTree(DOCUMENT.toFile())).isEqualTo(generated);
    }

    private static JsonNode document() {
        ObjectNode root = YAML.createObjectNode();
        root.put("asyncapi", "3.0.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "MobiFone customer-care events");
        info.put("version", "1.0.0");
        info.put("description", "Topics of the customer-care suite. JSON values; headers event-id, event-type and "
                + "x-request-id; delivery at least once, ordered per key; consumers drop duplicates by eventId; "
                + "unprocessable messages are parked on <topic>.dlt with a dead-letter-reason header.");
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode traits = components.putObject("messageTraits");
        traits.set("CareHeaders", headers(List.of("event-id", "event-type"), new String[][] {
                {"event-id", "The event's eventId", "uuid"},
                {"event-type", "The payload's record name, e.g. SmsRequested", null},
                {"x-request-id", "The request that caused the event, for following it through the logs; absent when no request did", null}}));
        traits.set("DeadLetterHeaders", headers(List.of("dead-letter-reason", "dead-letter-topic", "dead-letter-partition",
                "dead-letter-offset"), new String[][] {
                {"dead-letter-reason", "Why the consumer could not process the record", null},
                {"dead-letter-topic", "The topic the record was read from", null},
                {"dead-letter-partition", "Its partition there", null},
                {"dead-letter-offset", "Its offset there", null}}));
        for (EventCatalogue.Channel channel : EventCatalogue.CHANNELS) {
            String name = channel.payload().getSimpleName();
            ObjectNode node = channels.putObject(channel.topic());
            node.put("address", channel.topic());
            node.put("description", channel.description());
            ObjectNode message = node.putObject("messages").putObject(name);
            message.put("name", name);
            message.put("contentType", "application/json");
            message.putObject("payload").put("$ref", "#/components/schemas/" + name);
            message.putArray("traits").addObject().put("$ref", "#/components/messageTraits/CareHeaders");
            message.putObject("bindings").putObject("kafka").putObject("key")
                    .put("type", "string").put("description", "the event's " + channel.key());
            ObjectNode send = operations.putObject(channel.topic() + ".publish");
            send.put("action", "send");
            send.put("description", "Produced by " + channel.producer());
            send.putObject("channel").put("$ref", "#/channels/" + channel.topic());
            if (!channel.consumers().isEmpty()) {
                ObjectNode receive = operations.putObject(channel.topic() + ".consume");
                receive.put("action", "receive");
                receive.put("description", "Consumed by " + String.join(", ", channel.consumers()));
                receive.putObject("channel").put("$ref", "#/channels/" + channel.topic());
            }
            schemas.set(name, schemaOf(channel.payload()));
            if (channel.deadLetterTopic()) {
                deadLetterChannel(channel, name, channels);
            }
        }
        return root;
    }

    /** Where a consumer parks what it cannot process: the same record, with the reason in headers. */
    private static void deadLetterChannel(EventCatalogue.Channel channel, String name, ObjectNode channels) {
        String topic = Topics.deadLetter(channel.topic());
        ObjectNode node = channels.putObject(topic);
        node.put("address", topic);
        node.put("description", "Records of " + channel.topic() + " that " + String.join(", ", channel.consumers())
                + " could not process, as they were read (the value may not be a valid " + name + ").");
        ObjectNode message = node.putObject("messages").putObject(name + "DeadLetter");
        message.put("name", name + "DeadLetter");
        message.put("contentType", "application/json");
        message.putObject("payload").put("type", "string").put("description", "The original value, unchanged");
        message.putArray("traits").addObject().put("$ref", "#/components/messageTraits/DeadLetterHeaders");
    }

    private static ObjectNode headers(List<String> required, String[][] names) {
        ObjectNode trait = YAML.createObjectNode();
        ObjectNode schema = trait.putObject("headers");
        schema.put("type", "object");
        required.forEach(schema.putArray("required")::add);
        ObjectNode properties = schema.putObject("properties");
        for (String[] header : names) {
            ObjectNode h = properties.putObject(header[0]);
            h.put("type", "string").put("description", header[1]);
            if (header[2] != null) {
                h.put("format", header[2]);
            }
        }
        return trait;
    }

    private static ObjectNode schemaOf(Class<?> record) {
        ObjectNode schema = YAML.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        var required = schema.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            ObjectNode type = typeOf(component.getGenericType());
            // Raw installation reports carry the number as the app platform wrote it; every other event, normalised.
            if (component.getName().equals("msisdn") && component.getType() == String.class && record != AppInstallationReported.class) {
                type.put("pattern", "^84[35789][0-9]{8}$").put("description", "84 + 9 digits");
            }
            EventField field = component.getAnnotation(EventField.class);
            if (field != null) {
                constrain(type, field);
            }
            properties.set(component.getName(), type);
            // A primitive is always written; the envelope and the subscriber's number are what every consumer reads first.
            if (component.getType().isPrimitive() || List.of("eventId", "occurredAt", "msisdn").contains(component.getName())
                    || (field != null && field.required())) {
                required.add(component.getName());
            }
        }
        return schema;
    }

    /** What the consumers require of a field beyond its type, as its record declares it. */
    private static void constrain(ObjectNode type, EventField field) {
        if (field.values().length > 0) {
            var values = type.putArray("enum");
            for (String value : field.values()) {
                values.add(value);
            }
        }
        if (!field.pattern().isEmpty()) {
            type.put("pattern", field.pattern());
        }
        if (field.minimum() != Long.MIN_VALUE) {
            type.put("minimum", Math.toIntExact(field.minimum()));
        }
        if (field.maximum() != Long.MAX_VALUE) {
            type.put("maximum", Math.toIntExact(field.maximum()));
        }
        if (field.maxLength() > 0) {
            type.put("maxLength", field.maxLength());
        }
        if (!field.description().isEmpty()) {
            type.put("description", field.description());
        }
        if (field.deprecated()) {
            type.put("deprecated", true);
        }
    }

    private static ObjectNode typeOf(Type type) {
        ObjectNode node = YAML.createObjectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Map.class.isAssignableFrom(raw)) {
                node.put("type", "object");
                node.set("additionalProperties", typeOf(parameterized.getActualTypeArguments()[1]));
            } else if (Collection.class.isAssignableFrom(raw)) {
                node.put("type", "array");
                node.set("items", typeOf(parameterized.getActualTypeArguments()[0]));
            }
            return node;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            node.put("type", "string");
        } else if (c == UUID.class) {
            node.put("type", "string").put("format", "uuid");
        } else if (c == Instant.class) {
            node.put("type", "string").put("format", "date-time");
        } else if (c == LocalDate.class) {
            node.put("type", "string").put("format", "date");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            node.put("type", "integer");
        } else if (c == double.class || c == Double.class || c == java.math.BigDecimal.class) {
            node.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            node.put("type", "boolean");
        } else if (c.isEnum()) {
            node.put("type", "string");
            var values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(constant.toString());
            }
        } else if (c.isRecord()) {
            return schemaOf(c);
        } else {
            throw new IllegalArgumentException("No schema mapping for " + c + " in an event record");
        }
        return node;
    }
}
