package vn.mobifone.care.consultation.appinstall;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.mobifone.care.platform.messaging.PoisonMessage;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * What happens to a consultation after the call: the link SMS's progress and the installation.
 * Each effect runs in the consumer's transaction, on the connection the data source enlists in it.
 */
@ApplicationScoped
public class Conversions {

    /** The latest consultation of the week before the installation converts; older ones were not what brought it. */
    private static final String CONVERT = "UPDATE app_consultation SET installed_at = ? WHERE id = ("
            + "SELECT id FROM app_consultation WHERE msisdn = ? AND installed_at IS NULL AND recorded_at <= ? AND recorded_at >= ?"
            + " ORDER BY recorded_at DESC LIMIT 1) RETURNING id, channel, agent_id, recorded_at";
    private static final String SMS_STATUS = "SELECT id, sms_status FROM app_consultation WHERE sms_idempotency_key = ? FOR UPDATE";
    private static final String SET_SMS_STATUS = "UPDATE app_consultation SET sms_status = ?, sms_status_at = ? WHERE id = ?";

    private final AgroalDataSource dataSource;
    private final ConversionMetrics metrics;

    public Conversions(AgroalDataSource dataSource, ConversionMetrics metrics) {
        this.dataSource = dataSource;
        this.metrics = metrics;
    }

    /** The app is installed: the box shows it, the lock ends, the consultation that led to it is converted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void installed(Msisdn msisdn, String platform, Instant installedAt) {
        try (Connection c = dataSource.getConnection()) {
            Installations.record(c, msisdn, platform, installedAt);
            ChannelLock.end(c, msisdn);
            try (PreparedStatement convert = c.prepareStatement(CONVERT)) {
                convert.setTimestamp(1, Timestamp.from(installedAt));
                convert.setString(2, msisdn.value());
                convert.setTimestamp(3, Timestamp.from(installedAt));
                convert.setTimestamp(4, Timestamp.from(installedAt.minus(ConversionMetrics.WEEK)));
                try (ResultSet converted = convert.executeQuery()) {
                    if (converted.next()) {
                        UUID id = converted.getObject(1, UUID.class);
                        Duration after = Duration.between(converted.getTimestamp(4).toInstant(), installedAt);
                        Consultations.line(c, id, installedAt, "CONVERTED", "installed " + after.toMinutes() + " min after the consultation"
                                + (platform == null ? "" : " (" + platform + ")"));
                        metrics.converted(Channel.valueOf(converted.getString(2)), converted.getString(3), after);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The installation of " + msisdn + " could not be recorded", e);
        }
    }

    /**
     * The link SMS moved on. Its status only moves forward (REQUESTED → SENT → DELIVERED or
     * FAILED), so a late SUBMITTED after DELIVERED changes nothing; every status still gets its line.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void smsStatus(String idempotencyKey, SmsProgress progress, Instant at, String reason) {
        try (Connection c = dataSource.getConnection()) {
            UUID id;
            SmsProgress current;
            try (PreparedStatement query = c.prepareStatement(SMS_STATUS)) {
                query.setString(1, idempotencyKey);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new PoisonMessage("No consultation sent the message " + idempotencyKey, null);
                    }
                    id = row.getObject(1, UUID.class);
                    current = SmsProgress.valueOf(row.getString(2));
                }
            }
            if (progress.rank > current.rank) {
                try (PreparedStatement update = c.prepareStatement(SET_SMS_STATUS)) {
                    update.setString(1, progress.name());
                    update.setTimestamp(2, Timestamp.from(at));
                    update.setObject(3, id);
                    update.executeUpdate();
                }
            }
            Consultations.line(c, id, at, "SMS_" + progress.name(), reason);
        } catch (SQLException e) {
            throw new IllegalStateException("The status of message " + idempotencyKey + " could not be recorded", e);
        }
    }

    /** The link SMS as the history tells it. */
    public enum SmsProgress {
        REQUESTED(0), SENT(1), DELIVERED(2), FAILED(2);

        private final int rank;

        SmsProgress(int rank) {
            this.rank = rank;
        }

        /** The gateway's statuses the history shows; null for the intermediate ones (accepted, queued). */
        public static SmsProgress ofGatewayStatus(String status) {
            return switch (status == null ? "" : status) {
                case "SUBMITTED" -> SENT;
                case "DELIVERED" -> DELIVERED;
                case "FAILED", "EXPIRED", "REJECTED" -> FAILED;
                default -> null;
            };
        }
    }
}
