package vn.mobifone.care.bench.sla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Generates tickets straight into the service's tables, as the service itself would store them:
 * open level-3 tickets at the IT centre whose clocks are due days ahead (the load the sweeper
 * must not scan), and tickets due at chosen moments (the ones it must detect).
 */
final class OpenTickets {

    private static final int CHUNK = 100_000;

    private final Connection db;
    private final long policyId;
    private int open;

    OpenTickets(Connection db) throws SQLException {
        this.db = db;
        try (Statement s = db.createStatement();
                var rs = s.executeQuery("SELECT id FROM sla_policy WHERE request_type = 'INCIDENT_FIX' AND current_version")) {
            rs.next();
            this.policyId = rs.getLong(1);
        }
    }

    Connection connection() {
        return db;
    }

    int open() {
        return open;
    }

    /** Adds open tickets, each with a stopped regional clock and IT-centre and total clocks due in 1 to 30 days. */
    void growTo(int target) throws SQLException {
        while (open < target) {
            int batch = Math.min(CHUNK, target - open);
            try (PreparedStatement s = db.prepareStatement("""
                    WITH t AS (
                      INSERT INTO ticket (id, channel, original_reference, customer_code, customer_name, it_service, request_type,
                                          level, subject, description, state, tier, policy_id, received_at, received_by)
                      SELECT gen_random_uuid(), 'EMAIL', 'BENCH-' || g, 'KHDN-' || (g % 5000), 'Bench customer', 'Service ' || (g % 40),
                             'INCIDENT_FIX', 3, 'bench', 'bench', 'IN_PROGRESS', 'IT_CENTRE', ?, now() - interval '5 hours', 'bench'
                      FROM generate_series(?, ?) g
                      RETURNING id),
                    d AS (SELECT id, now() + (1 + random() * 29) * interval '1 day' AS due FROM t)
                    INSERT INTO sla_clock (ticket_id, stage, status, budget_seconds, consumed_seconds, running_since, due_at, warn_at,
                                           next_check_at)
                    SELECT id, s.stage, s.status, s.budget, 0,
                           CASE WHEN s.running THEN now() END,
                           CASE WHEN s.running THEN due END,
                           CASE WHEN s.running THEN due - interval '12 hours' END,
                           CASE WHEN s.running THEN due - interval '12 hours' END
                    FROM d CROSS JOIN (VALUES ('REGIONAL_COMPANY', 'STOPPED', 14400, false),
                                              ('IT_CENTRE', 'RUNNING', 158400, true),
                                              ('TOTAL', 'RUNNING', 172800, true)) AS s(stage, status, budget, running)""")) {
                s.setLong(1, policyId);
                s.setInt(2, open + 1);
                s.setInt(3, open + batch);
                s.executeUpdate();
            }
            open += batch;
        }
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE ticket");
            s.execute("VACUUM ANALYZE sla_clock");
        }
    }

    /** Tickets whose total clock is due at the given moments (already warned, so the sweeper only has the breach to do). */
    List<UUID> dueAt(List<Instant> dues) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ticket = db.prepareStatement("""
                INSERT INTO ticket (id, channel, original_reference, customer_code, customer_name, it_service, request_type, level,
                                    subject, description, state, tier, policy_id, received_at, received_by)
                VALUES (?, 'EMAIL', 'BENCH-DUE', 'KHDN-DUE', 'Bench customer', 'Service due', 'INCIDENT_FIX', 3, 'bench', 'bench',
                        'IN_PROGRESS', 'IT_CENTRE', ?, now(), 'bench')""");
                PreparedStatement clock = db.prepareStatement("""
                        INSERT INTO sla_clock (ticket_id, stage, status, budget_seconds, consumed_seconds, running_since, due_at, warn_at,
                                               next_check_at, warned_at)
                        VALUES (?, 'TOTAL', 'RUNNING', 172800, 172000, now(), ?, now(), ?, now())""")) {
            for (Instant due : dues) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                ticket.setObject(1, id);
                ticket.setLong(2, policyId);
                ticket.addBatch();
                clock.setObject(1, id);
                clock.setTimestamp(2, Timestamp.from(due));
                clock.setTimestamp(3, Timestamp.from(due));
                clock.addBatch();
            }
            ticket.executeBatch();
            clock.executeBatch();
        }
        return ids;
    }

    /** Closes the detected tickets so that the open count stays what the next size says. */
    void close(List<UUID> ids) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE ticket SET state = 'CLOSED' WHERE id = ANY(?)")) {
            s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            s.executeUpdate();
        }
    }
}
