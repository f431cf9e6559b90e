package vn.mobifone.care.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * One local JDBC transaction on a pooled connection, for writers on a hot path that touch this one
 * database: per transaction, JTA's bookkeeping and a persistence session cost about as much CPU as
 * a few statements. Events written with {@link Outbox#publishAll(Connection, String, java.util.List)}
 * on the connection commit or roll back with the writer's rows, and the relay is woken after the
 * commit, as a JTA transaction's synchronization does.
 */
@ApplicationScoped
public class LocalTransaction {

    private final AgroalDataSource dataSource;
    private final OutboxRelay relay;

    public LocalTransaction(AgroalDataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
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
        // A transaction that wrote no event costs the relay one empty look at the outbox.
        relay.wakeUp();
        return result;
    }
}
