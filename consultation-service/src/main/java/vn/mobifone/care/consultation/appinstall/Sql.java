package vn.mobifone.care.consultation.appinstall;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection whose SQL failures are faults of ours (answered 500), not of the request. */
@FunctionalInterface
interface Sql<T> {

    T on(Connection connection) throws SQLException;

    static <T> T run(Connection connection, Sql<T> work) {
        try {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The consultation store failed: " + e.getMessage(), e);
        }
    }
}
