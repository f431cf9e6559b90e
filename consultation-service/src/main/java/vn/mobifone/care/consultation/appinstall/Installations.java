package vn.mobifone.care.consultation.appinstall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** Installations reported on {@code app-installed}: the screen knows of them before the lookup's next read says so. */
final class Installations {

    private static final String RECORD = "INSERT INTO app_installation (msisdn, platform, installed_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (msisdn) DO UPDATE SET platform = EXCLUDED.platform, installed_at = EXCLUDED.installed_at"
            + " WHERE app_installation.installed_at > EXCLUDED.installed_at";
    private static final String READ = "SELECT installed_at FROM app_installation WHERE msisdn = ?";

    private Installations() {
    }

    /** Keeps the first installation: a reinstall does not move the date the app arrived. */
    static void record(Connection c, Msisdn msisdn, String platform, Instant installedAt) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(RECORD)) {
            upsert.setString(1, msisdn.value());
            upsert.setString(2, platform);
            upsert.setTimestamp(3, Timestamp.from(installedAt));
            upsert.executeUpdate();
        }
    }

    static Optional<Instant> installedAt(Connection c, Msisdn msisdn) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(READ)) {
            query.setString(1, msisdn.value());
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? Optional.of(r.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }
}
