package vn.mobifone.care.subscriberlookup.importing;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.work.DaemonThreads;
import vn.mobifone.care.subscriberlookup.LookupConfig;

/**
 * Streams a billing export into the base: each good row goes straight into a {@code COPY} to a
 * staging table (nothing is held in memory), bad rows are reported and skipped, then one
 * statement upserts the staged rows (the last line of a number wins) with the import's instant as
 * their {@code updated_at}, and one outbox row announces them by that instant
 * ({@link ImportAnnouncement} builds the {@code subscriber-changed} events as they are relayed), all
 * in one transaction: either the whole file is in the base and announced, or none of it.
 */
@ApplicationScoped
public class SubscriberImport {

    private static final Logger LOG = Logger.getLogger(SubscriberImport.class);
    private static final int COPY_CHUNK = 64 * 1024;
    private static final String STAGED = SubscriberCsv.HEADER + ",updated_at";
    private static final String IMPORT_WORK_MEM = "256MB";
    /** PostgreSQL's answer to an upsert that meets the same key twice. */
    private static final String CARDINALITY_VIOLATION = "21000";

    private final LocalTransaction transaction;
    private final Outbox outbox;
    private final LookupConfig config;
    private final Clock clock;
    private final ExecutorService staging = Executors.newCachedThreadPool(DaemonThreads.named("subscriber-import-copy", true));

    public SubscriberImport(LocalTransaction transaction, Outbox outbox, LookupConfig config, Clock clock) {
        this.transaction = transaction;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        staging.shutdownNow();
    }

    public ImportReport importCsv(Reader source) {
        long started = System.nanoTime();
        // The stamp names the import's rows to its announcement: exactly as the column keeps it.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
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
        try (StagingCopy staged = new StagingCopy(copy, staging)) {
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
                    staged.write(encode(chunk));
                }
                if (read % config.importing().progressEvery() == 0) {
                    LOG.infof("Import: %d rows read, %d rejected", read, rejected);
                }
            }
            staged.write(encode(chunk));
            staged.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("The import stream broke off", e);
        }
        long copied = System.nanoTime();
        long imported = upsert(connection);
        if (imported > 0) {
            outbox.publishByReference(connection, Topics.SUBSCRIBER_CHANGED, ImportAnnouncement.NAME, UUID.randomUUID(), "import-" + now,
                    now.toString(), now);
        }
        LOG.infof("Import phases: parse and COPY %d ms, upsert and announcement %d ms", (copied - started) / 1_000_000,
                (System.nanoTime() - copied) / 1_000_000);
        return new ImportReport(read, imported, rejected, errors, rejected > errors.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static byte[] encode(StringBuilder chunk) {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        chunk.setLength(0);
        return bytes;
    }

    /**
     * Upserts the staged rows (the last line of a number wins; the platform learns app installs and
     * occupations first, so an export without them keeps ours).
     *
     * <p>An export names each number once as a rule. The upsert is first tried as it is, without
     * sorting a whole base to find the last line of each number; only when PostgreSQL finds a number
     * twice (it refuses to update a row twice in one statement) is it done again, keeping the last line.
     *
     * @return the numbers imported
     */
    private static long upsert(Connection connection) throws SQLException {
        Savepoint attempt = connection.setSavepoint();
        try (Statement upsert = connection.createStatement()) {
            long imported = upsert.executeLargeUpdate(upsertSql("SELECT " + STAGED + " FROM subscriber_import"));
            connection.releaseSavepoint(attempt);
            return imported;
        } catch (SQLException e) {
            if (!CARDINALITY_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(attempt);
        }
        try (Statement upsert = connection.createStatement()) {
            return upsert.executeLargeUpdate(
                    upsertSql("SELECT DISTINCT ON (msisdn) " + STAGED + " FROM subscriber_import ORDER BY msisdn, line DESC"));
        }
    }

    private static String upsertSql(String staged) {
        String updates = SubscriberCsv.COLUMNS.stream().filter(c -> !c.equals("msisdn"))
                .map(c -> switch (c) {
                    case "app_installed_on", "occupation_code" -> c + " = COALESCE(EXCLUDED." + c + ", subscriber." + c + ")";
                    default -> c + " = EXCLUDED." + c;
                })
                .collect(Collectors.joining(", "));
        return """
                INSERT INTO subscriber (%1$s)
                %2$s
                ON CONFLICT (msisdn) DO UPDATE SET %3$s, updated_at = EXCLUDED.updated_at, version = subscriber.version + 1
                """.formatted(STAGED, staged, updates);
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
