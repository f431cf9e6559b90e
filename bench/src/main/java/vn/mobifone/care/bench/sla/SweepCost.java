package vn.mobifone.care.bench.sla;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database cost of one sweep, from PostgreSQL's own account (EXPLAIN ANALYZE, run in a
 * transaction that is rolled back): the service's query over the partial index, and as the
 * baseline the query a sweeper without that index has to run over every running clock.
 */
final class SweepCost {

    /** The service's sweep query (BreachSweeper.DUE_CLOCKS) with its batch size. */
    static final String SWEEP = "SELECT * FROM sla_clock WHERE next_check_at <= now() ORDER BY next_check_at LIMIT 500 FOR UPDATE SKIP LOCKED";
    static final String FULL_SCAN = "SELECT * FROM sla_clock WHERE status = 'RUNNING' AND breached_at IS NULL"
            + " AND (due_at <= now() OR (warned_at IS NULL AND warn_at <= now())) LIMIT 500";

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared hit=(\\d+)(?: read=(\\d+))?");

    record Cost(double millis, long buffers) {
    }

    private final Connection db;

    SweepCost(Connection db) {
        this.db = db;
    }

    /** Median over {@code runs} executions after one warm-up. */
    Cost median(String query, int runs) throws SQLException {
        List<Cost> costs = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            Cost cost = explain(query);
            if (i > 0) {
                costs.add(cost);
            }
        }
        costs.sort((a, b) -> Double.compare(a.millis(), b.millis()));
        return costs.get(costs.size() / 2);
    }

    /** The plan PostgreSQL chose, with actual rows and buffers, for the record. */
    List<String> plan(String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        } finally {
            db.rollback();
            db.setAutoCommit(autoCommit);
        }
        return lines;
    }

    private Cost explain(String query) throws SQLException {
        double millis = 0;
        long buffers = -1;
        for (String line : plan(query)) {
            Matcher m = BUFFERS.matcher(line);
            if (buffers < 0 && m.find()) {
                buffers = Long.parseLong(m.group(1)) + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
            }
            Matcher e = EXECUTION.matcher(line);
            if (e.find()) {
                millis = Double.parseDouble(e.group(1));
            }
        }
        return new Cost(millis, Math.max(buffers, 0));
    }
}
