package vn.mobifone.care.platform.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * One local JDBC transaction on a pooled connection, for writers on a measured hot path that touch
 * this one database: per transaction, JTA's bookkeeping and a persistence session cost about as
 * much CPU as a few statements. Events written with the outbox on the connection commit or roll
 * back with the writer's rows; after the commit a {@link LocalCommit} is fired, so the relay
 * starts at once, as a JTA transaction's synchronization makes it do.
 */
@ApplicationScoped
public class LocalTransaction {

    private final AgroalDataSource dataSource;
    private final Event<LocalCommit> committed;

    public LocalTransaction(AgroalDataSource dataSource, Event<LocalCommit> committed) {
        this.dataSource = dataSource;
        this.committed = committed;
    }

    /** Commits what {@code work} wrote when it returns; rolls it back when it throws, and rethrows. */
    public <T> T run(Function<Connection, T> work) {
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                result = work.apply(connection);
                connection.commit();
            } catch (RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The transaction could not be committed", e);
        }
        committed.fire(LocalCommit.INSTANCE);
        return result;
    }

    /** Work in plain JDBC, whose statements may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Statements<T> {
        T on(Connection connection) throws SQLException;
    }

    /** {@link #run(Function)} for work in plain JDBC: a {@link SQLException} rolls back and is rethrown wrapped, with its cause. */
    public <T> T runSql(Statements<T> work) {
        return run(connection -> {
            try {
                return work.on(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /** Fired after each commit of a {@link LocalTransaction}. */
    public enum LocalCommit {
        INSTANCE
    }
}
