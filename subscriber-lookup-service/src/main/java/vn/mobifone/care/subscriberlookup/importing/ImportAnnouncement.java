package vn.mobifone.care.subscriberlookup.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.platform.outbox.OutboxExpansion;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberChanges;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRows;

/**
 * The {@code subscriber-changed} events of an import, built while the outbox relays them: an import
 * records one outbox row naming the instant it stamped on every row it wrote, and this reads those
 * subscribers by number, a batch after the last one sent, and makes each event with
 * {@link SubscriberChanges#of}, as a single change does. A subscriber changed again before its turn
 * no longer carries the stamp and is left out here: the later change published its own event.
 *
 * <p>The events' ids are derived from the import's and the number, so a batch sent again after a
 * stop carries the same ids and consumers drop the repeats.
 */
@ApplicationScoped
public class ImportAnnouncement implements OutboxExpansion {

    public static final String NAME = "subscriber-import";

    private static final String NEXT = "SELECT " + SubscriberRows.SELECT
            + " FROM subscriber WHERE updated_at = ? AND msisdn > ? ORDER BY msisdn LIMIT ?";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Batch next(Connection connection, Reference reference, String position, int limit) throws SQLException {
        Instant stamp = Instant.parse(reference.reference());
        List<SubscriberChanged> events = new ArrayList<>(limit);
        String last = position == null ? "" : position;
        try (PreparedStatement next = connection.prepareStatement(NEXT)) {
            next.setTimestamp(1, Timestamp.from(stamp));
            next.setString(2, last);
            next.setInt(3, limit);
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    Subscriber s = SubscriberRows.read(rows);
                    events.add(SubscriberChanges.of(s, eventId(reference, s.msisdn), stamp));
                    last = s.msisdn;
                }
            }
        }
        return new Batch(events, last);
    }

    static UUID eventId(Reference reference, String msisdn) {
        return UUID.nameUUIDFromBytes((reference.eventId() + "/" + msisdn).getBytes(StandardCharsets.UTF_8));
    }
}
