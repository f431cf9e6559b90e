package vn.mobifone.care.smsgateway.message;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import vn.mobifone.care.platform.outbox.OutboxRelay;

/**
 * The database transaction of one {@code POST /messages}: the idempotency lock, the cap, the
 * message row and its outbox event commit together, or not at all. A local JDBC transaction on
 * one pooled connection rather than a JTA one, because the intake touches this one database and
 * nothing else, and at hundreds of requests a second the transaction manager's and the
 * persistence session's per-request bookkeeping cost about as much CPU as the statements
 * themselves. Without JTA nothing wakes the outbox relay at the commit, so this does it.
 */
@ApplicationScoped
class IntakeTransaction {

    private final AgroalDataSource dataSource;
    private final OutboxRelay relay;

    IntakeTransaction(AgroalDataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
    }

    MessageIntake.Outcome run(Function<Connection, MessageIntake.Outcome> work) {
        MessageIntake.Outcome outcome;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                outcome = work.apply(connection);
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
            throw new IllegalStateException("The intake transaction failed", e);
        }
        // Only a new message wrote an event; a known idempotency key wrote nothing.
        if (outcome.created()) {
            relay.wakeUp();
        }
        return outcome;
    }
}
