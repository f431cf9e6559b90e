package vn.mobifone.care.platform.batch;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a group-commit writer survives one bad item: the batch is written at once, and when the
 * database refuses it for what an item carries (a data or constraint error), it is split in
 * halves and each half written on its own, down to the single item at fault. Only that item's
 * caller is refused; its neighbours commit. A failure of the database itself (connection lost,
 * shut down, overloaded) refuses the whole batch at once, since splitting would only repeat it.
 */
public final class GroupCommit {

    /** An item that could not be written, and why. */
    public record Refused<T>(T item, RuntimeException error) {
    }

    private GroupCommit() {
    }

    /**
     * Writes {@code items} with {@code write} (which commits everything it is given, or nothing,
     * and throws on failure); returns those that were refused, in their order.
     */
    public static <T> List<Refused<T>> write(List<T> items, Consumer<List<T>> write) {
        List<Refused<T>> refused = new ArrayList<>();
        if (!items.isEmpty()) {
            write(items, write, refused);
        }
        return refused;
    }

    private static <T> void write(List<T> items, Consumer<List<T>> write, List<Refused<T>> refused) {
        try {
            write.accept(items);
        } catch (RuntimeException e) {
            if (items.size() == 1 || !causedByData(e)) {
                items.forEach(item -> refused.add(new Refused<>(item, e)));
                return;
            }
            int half = items.size() / 2;
            write(List.copyOf(items.subList(0, half)), write, refused);
            write(List.copyOf(items.subList(half, items.size())), write, refused);
        }
    }

    /**
     * Whether the database refused what was written rather than failed itself: SQLSTATE class 22
     * (data exception: a NUL byte, a value too long) or 23 (integrity constraint), or a PL/pgSQL
     * {@code RAISE} (P0001) of a trigger guarding a table.
     */
    public static boolean causedByData(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("23") || state.equals("P0001"))) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
