package vn.mobifone.care.consultation.appinstall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** The consultations and their history lines, in plain SQL on the caller's connection. */
final class Consultations {

    static final String SMS_KEY_PREFIX = "app-consultation:";
    /** How many past consultations the screen lists. */
    static final int HISTORY_SIZE = 20;

    private static final String COLUMNS = "id, msisdn, channel, agent_id, call_id, line, recorded_at, reopens_at, sms_status, installed_at";
    private static final String INSERT = "INSERT INTO app_consultation (id, msisdn, channel, agent_id, call_id, line, idempotency_key,"
            + " recorded_at, reopens_at, sms_idempotency_key, sms_status, sms_status_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?)"
            + " ON CONFLICT (agent_id, idempotency_key) DO NOTHING";
    private static final String BY_KEY = "SELECT " + COLUMNS + " FROM app_consultation WHERE agent_id = ? AND idempotency_key = ?";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM app_consultation WHERE id = ?";
    private static final String OF_SUBSCRIBER = "SELECT " + COLUMNS + " FROM app_consultation WHERE msisdn = ? ORDER BY recorded_at DESC LIMIT "
            + HISTORY_SIZE;
    private static final String LINE = "INSERT INTO app_consultation_history (consultation_id, at, entry, detail) VALUES (?, ?, ?, ?)";
    private static final String LINES = "SELECT consultation_id, at, entry, detail FROM app_consultation_history WHERE consultation_id = ANY (?)"
            + " ORDER BY at, id";

    private Consultations() {
    }

    /** A new consultation, or false when this agent already saved one under this key (a retry). */
    static boolean insert(Connection c, UUID id, Msisdn msisdn, Channel channel, String agentId, String callId, Line line,
            String idempotencyKey, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, msisdn.value());
            insert.setString(3, channel.name());
            insert.setString(4, agentId);
            insert.setString(5, callId);
            insert.setString(6, line.number());
            insert.setString(7, idempotencyKey);
            insert.setTimestamp(8, Timestamp.from(now));
            insert.setTimestamp(9, Timestamp.from(now.plus(ChannelLock.HOLD)));
            insert.setString(10, smsKey(id));
            insert.setTimestamp(11, Timestamp.from(now));
            return insert.executeUpdate() == 1;
        }
    }

    static String smsKey(UUID consultationId) {
        return SMS_KEY_PREFIX + consultationId;
    }

    static void line(Connection c, UUID consultationId, Instant at, String entry, String detail) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(LINE)) {
            insert.setObject(1, consultationId);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, entry);
            insert.setString(4, detail);
            insert.executeUpdate();
        }
    }

    static Optional<ConsultationView> byKey(Connection c, String agentId, String idempotencyKey) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(BY_KEY)) {
            query.setString(1, agentId);
            query.setString(2, idempotencyKey);
            return read(c, query).stream().findFirst();
        }
    }

    static Optional<ConsultationView> byId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(BY_ID)) {
            query.setObject(1, id);
            return read(c, query).stream().findFirst();
        }
    }

    static List<ConsultationView> ofSubscriber(Connection c, Msisdn msisdn) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(OF_SUBSCRIBER)) {
            query.setString(1, msisdn.value());
            return read(c, query);
        }
    }

    private static List<ConsultationView> read(Connection c, PreparedStatement query) throws SQLException {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                Timestamp installed = r.getTimestamp(10);
                Row row = new Row(r.getObject(1, UUID.class), new Msisdn(r.getString(2)), Channel.valueOf(r.getString(3)), r.getString(4),
                        r.getString(5), r.getString(6), r.getTimestamp(7).toInstant(), r.getTimestamp(8).toInstant(), r.getString(9),
                        installed == null ? null : installed.toInstant(), new ArrayList<>());
                rows.put(row.id, row);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement lines = c.prepareStatement(LINES)) {
            lines.setArray(1, c.createArrayOf("uuid", rows.keySet().toArray()));
            try (ResultSet r = lines.executeQuery()) {
                while (r.next()) {
                    rows.get(r.getObject(1, UUID.class)).history.add(new HistoryLine(r.getTimestamp(2).toInstant(), r.getString(3),
                            r.getString(4)));
                }
            }
        }
        return rows.values().stream().map(Row::view).toList();
    }

    private record Row(UUID id, Msisdn msisdn, Channel channel, String agentId, String callId, String line, Instant recordedAt,
            Instant reopensAt, String smsStatus, Instant installedAt, List<HistoryLine> history) {

        ConsultationView view() {
            return new ConsultationView(id, msisdn, channel, agentId, callId, line, recordedAt, reopensAt, smsStatus, installedAt != null,
                    installedAt, List.copyOf(history));
        }
    }
}
