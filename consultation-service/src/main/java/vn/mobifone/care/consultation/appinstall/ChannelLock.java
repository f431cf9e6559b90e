package vn.mobifone.care.consultation.appinstall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * The cross-channel lock (seed 000, "Lưu ý"): once a subscriber is consulted through one channel
 * nobody consults them again — through either channel — until the lock re-opens 24 h later, or
 * ends when the app is installed. The database decides: the lock row's primary key serialises
 * concurrent consultations of one subscriber, and the upsert's WHERE takes the row only when it
 * has re-opened, so of any number of simultaneous saves exactly one wins.
 */
final class ChannelLock {

    static final Duration HOLD = Duration.ofHours(24);

    private static final String TAKE = "INSERT INTO channel_lock (msisdn, consultation_id, channel, locked_at, opens_at) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (msisdn) DO UPDATE SET consultation_id = EXCLUDED.consultation_id, channel = EXCLUDED.channel,"
            + " locked_at = EXCLUDED.locked_at, opens_at = EXCLUDED.opens_at WHERE channel_lock.opens_at <= EXCLUDED.locked_at";
    private static final String HOLDER = "SELECT consultation_id, channel, locked_at, opens_at FROM channel_lock WHERE msisdn = ?";
    private static final String END = "DELETE FROM channel_lock WHERE msisdn = ?";

    /** Who holds the box, and until when. */
    record Holder(UUID consultationId, Channel channel, Instant lockedAt, Instant opensAt) {

        boolean heldAt(Instant now) {
            return opensAt.isAfter(now);
        }
    }

    private ChannelLock() {
    }

    /** @return true when this consultation took the lock; false when another holds it now. */
    static boolean take(Connection c, Msisdn msisdn, UUID consultationId, Channel channel, Instant now) throws SQLException {
        try (PreparedStatement take = c.prepareStatement(TAKE)) {
            take.setString(1, msisdn.value());
            take.setObject(2, consultationId);
            take.setString(3, channel.name());
            take.setTimestamp(4, Timestamp.from(now));
            take.setTimestamp(5, Timestamp.from(now.plus(HOLD)));
            return take.executeUpdate() == 1;
        }
    }

    static Optional<Holder> holder(Connection c, Msisdn msisdn) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(HOLDER)) {
            query.setString(1, msisdn.value());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Holder(row.getObject(1, UUID.class), Channel.valueOf(row.getString(2)),
                        row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant()));
            }
        }
    }

    /** The app is installed: nothing left to hold. */
    static void end(Connection c, Msisdn msisdn) throws SQLException {
        try (PreparedStatement end = c.prepareStatement(END)) {
            end.setString(1, msisdn.value());
            end.executeUpdate();
        }
    }
}
