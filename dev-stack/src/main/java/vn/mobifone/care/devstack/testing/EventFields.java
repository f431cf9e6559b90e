package vn.mobifone.care.devstack.testing;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.mobifone.care.contracts.events.EventField;

/**
 * The values an event's field is published with ({@link EventField#values()}), for a service's
 * test to compare with the enum it writes or reads them from: the contract lists a state the
 * day the code gets it.
 */
public final class EventFields {

    private EventFields() {
    }

    /** The values the contract lists for {@code field} of {@code event}; fails when it lists none. */
    public static List<String> values(Class<? extends Record> event, String field) {
        RecordComponent component = Arrays.stream(event.getRecordComponents()).filter(c -> c.getName().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(event.getSimpleName() + " has no field " + field));
        EventField declared = component.getAnnotation(EventField.class);
        if (declared == null || declared.values().length == 0) {
            throw new AssertionError(event.getSimpleName() + "." + field + " lists no values");
        }
        return List.of(declared.values());
    }

    /** The names of an enum's constants, as written on the wire. */
    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return names(type, Enum::name);
    }

    /** The wire names of an enum's constants, for an enum written by another name than its constant's. */
    public static <E extends Enum<E>> List<String> names(Class<E> type, Function<E, String> wireName) {
        return Arrays.stream(type.getEnumConstants()).map(wireName).toList();
    }
}
