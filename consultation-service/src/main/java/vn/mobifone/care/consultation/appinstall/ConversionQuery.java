package vn.mobifone.care.consultation.appinstall;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The conversion report, computed by the database over the consultations of the period. */
@ApplicationScoped
public class ConversionQuery {

    private static final String REPORT = "SELECT %s, count(*),"
            + " count(*) FILTER (WHERE installed_at <= recorded_at + interval '24 hours'),"
            + " count(*) FILTER (WHERE installed_at <= recorded_at + interval '7 days'),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM installed_at - recorded_at) / 60)"
            + " FILTER (WHERE installed_at IS NOT NULL)"
            + " FROM app_consultation WHERE recorded_at >= ? AND recorded_at < ? GROUP BY 1 ORDER BY 1";

    private final AgroalDataSource dataSource;

    public ConversionQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ConversionReport report(Instant from, Instant to) {
        try (Connection c = dataSource.getConnection()) {
            return new ConversionReport(from, to, rows(c, "channel", from, to), rows(c, "agent_id", from, to));
        } catch (SQLException e) {
            throw new IllegalStateException("The conversion report could not be computed", e);
        }
    }

    private static List<ConversionReport.Row> rows(Connection c, String group, Instant from, Instant to) throws SQLException {
        List<ConversionReport.Row> rows = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(REPORT.formatted(group))) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    long total = r.getLong(2);
                    long day = r.getLong(3);
                    long week = r.getLong(4);
                    double median = r.getDouble(5);
                    Double medianMinutes = r.wasNull() ? null : Math.round(median * 10) / 10.0;
                    boolean byChannel = group.equals("channel");
                    rows.add(new ConversionReport.Row(byChannel ? Channel.valueOf(r.getString(1)) : null, byChannel ? null : r.getString(1),
                            total, day, week, ratio(day, total), ratio(week, total), medianMinutes));
                }
            }
        }
        return rows;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
