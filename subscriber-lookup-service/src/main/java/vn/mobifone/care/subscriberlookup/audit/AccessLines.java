package vn.mobifone.care.subscriberlookup.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes a batch of audit lines with one statement in auto-commit: one transaction, one WAL flush. */
@ApplicationScoped
class AccessLines {

    /**
     * One array per column, unnested into rows: the statement and its plan are the same for any
     * number of lines. Timestamps travel as ISO-8601 text in UTC and are cast by the server (a
     * {@code java.sql.Timestamp} array would be sent without its zone).
     */
    private static final String INSERT = "INSERT INTO personal_data_access (accessed_at, subject, role, msisdn, call_id, purpose, access_view)"
            + " SELECT * FROM unnest(?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])";
    private static final int COLUMNS = 7;

    private final AgroalDataSource dataSource;

    AccessLines(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** All lines are committed when this returns; none of them when it throws. */
    void insert(List<AccessLine> lines) {
        String[][] columns = new String[COLUMNS][lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            AccessLine line = lines.get(i);
            columns[0][i] = line.accessedAt().toString();
            columns[1][i] = line.subject();
            columns[2][i] = line.role();
            columns[3][i] = line.msisdn().value();
            columns[4][i] = line.reason().callId();
            columns[5][i] = line.reason().purpose();
            columns[6][i] = line.view().name();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < COLUMNS; c++) {
                insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(lines.size() + " audit lines could not be written", e);
        }
    }
}
