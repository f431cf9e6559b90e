package vn.mobifone.care.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import vn.mobifone.care.platform.batch.GroupCommit;

/**
 * One item of a batch behind a savepoint of its own, in the batch's transaction: when the
 * database refuses what the item carries ({@link GroupCommit#causedByData}), only the item is
 * rolled back and the transaction goes on with the next; any other failure is the batch's.
 * For the second pass of a batch whose first, all-at-once pass the database refused.
 */
public final class Savepoints {

    /** The item's result, or the database's refusal of it. */
    public record Attempt<T>(T value, RuntimeException refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private Savepoints() {
    }

    public static <T> Attempt<T> attempt(Connection connection, Supplier<T> work) {
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("No savepoint for an item of the batch", e);
        }
        try {
            T value = work.get();
            connection.releaseSavepoint(savepoint);
            return new Attempt<>(value, null);
        } catch (RuntimeException failure) {
            if (!GroupCommit.causedByData(failure)) {
                throw failure;
            }
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(e);
                throw new IllegalStateException("A refused item could not be rolled back", failure);
            }
            return new Attempt<>(null, failure);
        } catch (SQLException e) {
            throw new IllegalStateException("The savepoint of an item could not be released", e);
        }
    }
}
