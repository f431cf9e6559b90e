package vn.mobifone.care.bench.lookup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The ceiling: pgbench running, per transaction, the SQL of one lookup (the primary-key read of
 * the subscriber and the audit insert) against the same database, with as many clients as the
 * service's load has workers. Latencies come from pgbench's per-transaction log.
 */
final class PgbenchBaseline {

    static final Path PGBENCH = Path.of(System.getProperty("pgbench", "/usr/lib/postgresql/15/bin/pgbench"));

    /** A MobiFone-prefixed number of the synthetic base, built as SyntheticBase.msisdn builds it. */
    private static final String MSISDN = "'84' || (ARRAY['90','93','89','70','76','77','78','79'])[:p + 1] || lpad(((:seq * 7919 + 1234567) % 10000000)::text, 7, '0')";

    private final Path work;
    private final String host;
    private final int port;
    private final String database;

    PgbenchBaseline(Path work, String host, int port, String database) {
        this.work = work;
        this.host = host;
        this.port = port;
        this.database = database;
    }

    /** As fast as the clients go: the ceiling. */
    Figures run(int clients, Duration duration, int baseSize) throws IOException, InterruptedException {
        return run("pgbench, same SQL (ceiling)", clients, duration, baseSize, 0);
    }

    /**
     * At a fixed rate ({@code --rate}): pgbench then counts each transaction's latency from its
     * scheduled start, as the service's open loop does, so the two p99s at one rate compare.
     */
    Figures runAtRate(String name, int clients, Duration duration, int baseSize, double perSecond) throws IOException, InterruptedException {
        return run(name, clients, duration, baseSize, perSecond);
    }

    private Figures run(String name, int clients, Duration duration, int baseSize, double perSecond) throws IOException, InterruptedException {
        Path script = work.resolve("lookup.sql");
        Files.writeString(script, String.join("\n",
                "\\set p random(0, 7)",
                "\\set seq random(0, " + (baseSize / 8 - 1) + ")",
                "BEGIN;",
                "SELECT * FROM subscriber WHERE msisdn = " + MSISDN + ";",
                "INSERT INTO personal_data_access (accessed_at, subject, role, msisdn, call_id, purpose, access_view) VALUES (now(), 'pgbench', 'agent', "
                        + MSISDN + ", 'bench-' || :client_id, NULL, 'PROFILE');",
                "END;", ""));
        Path logs = Files.createDirectories(work.resolve("pgbench-logs"));
        try (Stream<Path> old = Files.list(logs)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> command = new ArrayList<>(List.of(PGBENCH.toString(), "-h", host, "-p", Integer.toString(port), "-U", "postgres",
                "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "2", "-T", Long.toString(duration.toSeconds()),
                "-f", script.toString(), "--log", "--log-prefix=" + logs.resolve("tx")));
        if (perSecond > 0) {
            command.addAll(List.of("--rate", String.format(Locale.ROOT, "%.0f", perSecond)));
        }
        command.add(database);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", "postgres");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Latencies latencies = new Latencies();
        long firstMicros = Long.MAX_VALUE;
        long lastMicros = Long.MIN_VALUE;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    // client_id transaction_no latency_us script_no epoch epoch_us [schedule_lag_us]; with --rate the
                    // latency runs from the scheduled start, so it already holds the lag
                    String[] f = line.split(" ");
                    latencies.add(Long.parseLong(f[2]));
                    long end = Long.parseLong(f[4]) * 1_000_000 + Long.parseLong(f[5]);
                    firstMicros = Math.min(firstMicros, end - Long.parseLong(f[2]));
                    lastMicros = Math.max(lastMicros, end);
                }
            }
        }
        List<String> summary = output.lines().filter(l -> l.startsWith("tps") || l.startsWith("latency average")).toList();
        System.out.println("  pgbench: " + String.join("; ", summary));
        // From the first transaction's start to the last one's end: connection set-up is not load.
        return Figures.of(name, latencies, (lastMicros - firstMicros) / 1e6, 0);
    }
}
