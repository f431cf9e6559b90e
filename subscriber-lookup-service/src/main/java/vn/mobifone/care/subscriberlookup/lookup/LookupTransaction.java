package vn.mobifone.care.subscriberlookup.lookup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * The database transaction of one lookup: its reads and its audit line commit together, or not at
 * all. The commit is synchronous (the server's default), so the audit line is on disk before the
 * answer leaves. A local JDBC transaction rather than a JTA one, because a lookup touches this one
 * database and nothing else, and on the path every agent's screen takes, the transaction
 * manager's bookkeeping cost about as much CPU as the statements themselves.
 */
@ApplicationScoped
class LookupTransaction {

    private final AgroalDataSource dataSource;

    LookupTransaction(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T run(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The lookup transaction failed", e);
        }
    }
}
