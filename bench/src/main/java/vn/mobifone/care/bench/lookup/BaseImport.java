package vn.mobifone.care.bench.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import vn.mobifone.care.devstack.LocalPostgres;

/**
 * A billing export of the synthetic base, imported the ways the benchmarks compare: through the
 * service's {@code POST /subscriber-imports}, and by raw {@code COPY} of the same file, the floor
 * of any import.
 */
public final class BaseImport {

    public static final String DATABASE = "subscriber_lookup";
    private static final long SEED = 49;

    private final LocalPostgres postgres;

    public BaseImport(LocalPostgres postgres) {
        this.postgres = postgres;
    }

    /** The synthetic base as a billing export file, written by the service's own generator, kept between runs. */
    public static Path generate(Path root, Path work, int size) throws IOException, InterruptedException {
        Path app = root.resolve("subscriber-lookup-service/target/quarkus-app");
        Path csv = work.resolve("base-" + size + ".csv");
        if (!Files.exists(csv)) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", app.resolve("app") + "/*:" + app.resolve("lib/main") + "/*",
                    "vn.mobifone.care.subscriberlookup.importing.SyntheticBaseFile", Integer.toString(size), Long.toString(SEED), csv.toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("The synthetic base was not generated");
            }
            System.out.printf("Generated %s (%,d MB) in %.1f s%n", csv.getFileName(), Files.size(csv) >> 20, (System.nanoTime() - t0) / 1e9);
        }
        return csv;
    }

    /** @return the rows the service reports imported */
    public static long throughService(String baseUrl, String bearer, Path csv) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/subscriber-imports"))
                .header("Authorization", bearer).header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
        }
        Matcher imported = Pattern.compile("\"imported\":(\\d+)").matcher(response.body());
        return imported.find() ? Long.parseLong(imported.group(1)) : 0;
    }

    /** Rows per second of a COPY of the same file into a bare unlogged table with the same columns. */
    public double rawCopy(Path csv) throws SQLException, IOException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String header = Files.newBufferedReader(csv).readLine();
            s.execute("DROP TABLE IF EXISTS raw_copy");
            s.execute("CREATE UNLOGGED TABLE raw_copy AS SELECT " + header + " FROM subscriber WITH NO DATA");
            long t0 = System.nanoTime();
            long rows;
            try (InputStream in = Files.newInputStream(csv)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY raw_copy (" + header + ") FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            s.execute("DROP TABLE raw_copy");
            System.out.printf("Raw COPY of the same file: %,d rows in %.1f s (%,.0f rows/s)%n", rows, seconds, rows / seconds);
            return rows / seconds;
        }
    }

    /** Waits until the relay has sent every outbox row to Kafka; @return the rows still waiting at the deadline. */
    public long awaitOutboxDrained(Duration atMost) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            while (true) {
                long pending;
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_message")) {
                    rs.next();
                    pending = rs.getLong(1);
                }
                if (pending == 0 || System.nanoTime() > deadline) {
                    return pending;
                }
                Thread.sleep(100);
            }
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
    }
}
