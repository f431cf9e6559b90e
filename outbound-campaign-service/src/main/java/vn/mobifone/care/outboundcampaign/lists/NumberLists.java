package vn.mobifone.care.outboundcampaign.lists;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.mobifone.care.platform.persistence.LocalTransaction;

/** The exclusion lists and the do-not-call list. */
@ApplicationScoped
public class NumberLists {

    private static final int BATCH = 1000;

    private final LocalTransaction transaction;
    private final AgroalDataSource dataSource;
    private final Clock clock;

    public NumberLists(LocalTransaction transaction, AgroalDataSource dataSource, Clock clock) {
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public record DncEntry(String msisdn, String source, Instant addedAt) {
    }

    public ListUpload uploadExclusions(String listName, Reader csv) {
        NumberListCsv.Parsed parsed = NumberListCsv.parse(csv);
        long added = insert("INSERT INTO exclusion_entry (list_name, msisdn, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                listName, parsed.numbers());
        return report(parsed, added);
    }

    public ListUpload uploadDnc(String source, Reader csv) {
        NumberListCsv.Parsed parsed = NumberListCsv.parse(csv);
        long added = insert("INSERT INTO dnc_entry (source, msisdn, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", source,
                parsed.numbers());
        return report(parsed, added);
    }

    /** A customer who asked on a call not to be called again: listed at once, in the caller's transaction. */
    public static void addDnc(Connection c, String msisdn, String source, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dnc_entry (msisdn, source, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, msisdn);
            s.setString(2, source);
            s.setTimestamp(3, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    public Optional<DncEntry> dnc(String msisdn) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT msisdn, source, added_at FROM dnc_entry WHERE msisdn = ?")) {
            s.setString(1, msisdn);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new DncEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, String first, Set<String> numbers) {
        Timestamp now = Timestamp.from(clock.instant());
        return transaction.run(c -> {
            long added = 0;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int pending = 0;
                for (String msisdn : numbers) {
                    s.setString(1, first);
                    s.setString(2, msisdn);
                    s.setTimestamp(3, now);
                    s.addBatch();
                    if (++pending == BATCH) {
                        added += sum(s.executeBatch());
                        pending = 0;
                    }
                }
                added += sum(s.executeBatch());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return added;
        });
    }

    private static long sum(int[] counts) {
        long n = 0;
        for (int c : counts) {
            n += Math.max(c, 0);
        }
        return n;
    }

    private static ListUpload report(NumberListCsv.Parsed p, long added) {
        return new ListUpload(p.linesRead(), added, p.numbers().size() - added, p.rejected(), p.errors());
    }
}
