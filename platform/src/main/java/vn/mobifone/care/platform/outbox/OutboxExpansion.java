package vn.mobifone.care.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.contracts.events.CareEvent;

/**
 * Builds the events an outbox reference stands for ({@link Outbox#publishByReference}), a batch at a
 * time, for a write that changes too many aggregates to record an event row for each (an import of
 * the whole subscriber base). The events are built when they are relayed, with the same code that
 * builds the event of a single change, from the rows as they are then. A CDI bean; the relay finds
 * it by {@link #name()}.
 */
public interface OutboxExpansion {

    /** The name a reference row carries, {@code outbox_message.expansion}. */
    String name();

    /**
     * The next events of the reference after {@code position}, read on the relay's connection, in an
     * order that keeps the events of one key in the order of their changes.
     *
     * @param position where the last batch ended ({@link Batch#position()}), {@code null} at the start
     * @param limit the most events to return; fewer means the reference is fully expanded
     */
    Batch next(Connection connection, Reference reference, String position, int limit) throws SQLException;

    /** What the writer recorded: the reference's own event id, its topic and the text it named its change with. */
    record Reference(UUID eventId, String topic, String reference) {
    }

    /** A batch of events and the position after its last one, which the relay records once the broker has them all. */
    record Batch(List<? extends CareEvent> events, String position) {
    }
}
