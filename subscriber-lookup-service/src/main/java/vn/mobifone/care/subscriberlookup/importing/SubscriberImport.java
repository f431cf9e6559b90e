package vn.mobifone.care.subscriberlookup.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.web.RequestIdFilter;
import vn.mobifone.care.subscriberlookup.LookupConfig;
import vn.mobifone.care.subscriberlookup.subscriber.IdentityStandardisation;

/**
 * Streams a billing export into the base: each good row goes straight into a {@code COPY} to a
 * staging table (nothing is held in memory), bad rows are reported and skipped, then one
 * statement upserts the staged rows (the last line of a number wins) and one writes a
 * {@code subscriber-changed} outbox row per subscriber, all in one transaction: either the whole
 * file is in the base and announced, or none of it.
 */
@ApplicationScoped
public class SubscriberImport {

    private static final Logger LOG = Logger.getLogger(SubscriberImport.class);
    private static final int COPY_CHUNK = 64 * 1024;
    private static final String STAGED = SubscriberCsv.HEADER + ",updated_at";
    private static final String IMPORT_WORK_MEM = "256MB";

    private final LocalTransaction transaction;
    private final LookupConfig config;
    private final Clock clock;

    public SubscriberImport(LocalTransaction transaction, LookupConfig config, Clock clock) {
        this.transaction = transaction;
        this.config = config;
        this.clock = clock;
    }

    public ImportReport importCsv(Reader source) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        BufferedReader lines = new BufferedReader(source, COPY_CHUNK);
        checkHeader(lines);
        // The shared local transaction wakes the outbox relay on commit, so the announcements of a
        // large import start leaving at once rather than at the relay's next poll.
        ImportReport report = transaction.run(connection -> {
            try {
                return load(connection, lines, now, started);
            } catch (SQLException e) {
                throw new IllegalStateException("Import failed: " + e.getMessage(), e);
            }
        });
        LOG.infof("Import done: %d rows read, %d imported, %d rejected in %d ms", report.rowsRead(), report.imported(),
                report.rejected(), report.millis());
        return report;
    }

    private ImportReport load(Connection connection, BufferedReader lines, Instant now, long started) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // The upsert sorts the staged rows to keep the last line of each number; with the server's
            // default of a few MB that sort spills to disk for a whole base. For this transaction only.
            s.execute("SET LOCAL work_mem = '" + IMPORT_WORK_MEM + "'");
            s.execute("CREATE TEMP TABLE subscriber_import ON COMMIT DROP AS SELECT " + STAGED + " FROM subscriber WITH NO DATA");
            s.execute("ALTER TABLE subscriber_import ADD COLUMN line BIGINT");
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY subscriber_import (" + STAGED + ",line) FROM STDIN (FORMAT csv)");
        String stamp = "," + now + ",";
        List<ImportReport.RowError> errors = new ArrayList<>();
        long read = 0;
        long rejected = 0;
        StringBuilder chunk = new StringBuilder(COPY_CHUNK + 1024);
        try {
            String line;
            long lineNumber = 1;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                read++;
                try {
                    chunk.append(SubscriberCsv.format(SubscriberCsv.parse(line))).append(stamp).append(lineNumber).append('\n');
                } catch (RowRejected e) {
                    rejected++;
                    if (errors.size() < config.importing().maxReportedErrors()) {
                        errors.add(new ImportReport.RowError(lineNumber, e.getMessage()));
                    }
                }
                if (chunk.length() >= COPY_CHUNK) {
                    write(copy, chunk);
                }
                if (read % config.importing().progressEvery() == 0) {
                    LOG.infof("Import: %d rows read, %d rejected", read, rejected);
                }
            }
            write(copy, chunk);
            copy.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException("The import stream broke off", e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        long copied = System.nanoTime();
        long imported = upsertAndAnnounce(connection, now);
        LOG.infof("Import phases: parse and COPY %d ms, upsert and outbox %d ms", (copied - started) / 1_000_000,
                (System.nanoTime() - copied) / 1_000_000);
        return new ImportReport(read, imported, rejected, errors, rejected > errors.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /**
     * Upserts the staged rows (the last line of a number wins; the platform learns app installs and
     * occupations first, so an export without them keeps ours) and writes the outbox rows of
     * {@link SubscriberChanged} from the rows as upserted, in one statement: the database builds the
     * events, because a million of them built in Java would cost more than the import itself, and
     * building them from the upsert's own result spares a second pass over the base. Each number
     * has one event per import, so the order of the rows across numbers does not matter. The field
     * names are those of the record; the import test reads the payload back as the record.
     *
     * @return the numbers imported
     */
    private static long upsertAndAnnounce(Connection connection, Instant now) throws SQLException {
        String updates = SubscriberCsv.COLUMNS.stream().filter(c -> !c.equals("msisdn"))
                .map(c -> switch (c) {
                    case "app_installed_on", "occupation_code" -> c + " = COALESCE(EXCLUDED." + c + ", subscriber." + c + ")";
                    default -> c + " = EXCLUDED." + c;
                })
                .collect(Collectors.joining(", "));
        String sql = """
                WITH upserted AS (
                    INSERT INTO subscriber (%1$s)
                    SELECT DISTINCT ON (msisdn) %1$s FROM subscriber_import ORDER BY msisdn, line DESC
                    ON CONFLICT (msisdn) DO UPDATE SET %2$s, updated_at = EXCLUDED.updated_at, version = subscriber.version + 1
                    RETURNING *)
                INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, request_id, created_at)
                SELECT c.event_id, ?, c.msisdn, ?, json_build_object(
                    'eventId', c.event_id, 'occurredAt', ?, 'version', ?, 'msisdn', c.msisdn,
                    'paymentType', c.payment_type, 'status', c.status, 'category', c.category, 'deviceType', c.device_type,
                    'appInstalled', c.app_installed_on IS NOT NULL, 'appInstalledOn', c.app_installed_on,
                    'arpuVnd', c.arpu_vnd, 'loyaltyPoints', c.loyalty_points, 'loyaltyTier', c.kndl_tier,
                    'currentPackage', c.current_package, 'sim4g', c.sim_4g, 'vlrDaysLast7', c.vlr_days_last7,
                    'province', c.province, 'district', c.district, 'occupationCode', c.occupation_code::text,
                    'churnRisk', c.churn_risk, 'premium', c.premium,
                    'decree49Complete', c.has_portrait AND c.has_id_front AND c.has_id_back AND c.id_name_matches_owner,
                    'ownerName', c.owner_name, 'ward', c.ward, 'mainBalanceVnd', c.main_balance_vnd,
                    'twoWayActive', c.status = 'ACTIVE_2C', 'identityState', %3$s, 'kndlMember', c.kndl_tier IS NOT NULL,
                    'joinedPointsProgramme2022', c.joined_points_2022,
                    'mvasUnusedTwoMonths', string_to_array(NULLIF(c.mvas_unused_2m, ''), ';'), 'mnpOut', c.mnp_out)::text,
                    ?, ?
                FROM (SELECT gen_random_uuid() AS event_id, u.* FROM upserted u) c
                """.formatted(STAGED, updates, IdentityStandardisation.SQL);
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, Topics.SUBSCRIBER_CHANGED);
            upsert.setString(2, SubscriberChanged.class.getSimpleName());
            upsert.setString(3, now.toString());
            upsert.setInt(4, SubscriberChanged.VERSION);
            upsert.setString(5, (String) MDC.get(RequestIdFilter.MDC_KEY));
            upsert.setTimestamp(6, Timestamp.from(now));
            return upsert.executeLargeUpdate();
        }
    }

    private static void checkHeader(BufferedReader lines) {
        String header;
        try {
            header = lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String given = header == null ? "" : header.replace("\uFEFF", "").strip();
        if (!given.equals(SubscriberCsv.HEADER) && !given.equals(SubscriberCsv.BASE_HEADER)) {
            throw new InvalidInput("header", "the first line must be the header " + SubscriberCsv.HEADER);
        }
    }
}
