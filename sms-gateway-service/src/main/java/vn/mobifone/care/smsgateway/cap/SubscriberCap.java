package vn.mobifone.care.smsgateway.cap;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * How many messages of one campaign's outreach a subscriber has had per channel, against the
 * campaign's own cap (seed 002: 2 SMS, 1 Zalo).
 * A group of messages takes its counts with one upsert over all its subscribers that only adds
 * what fits under each limit, so concurrent groups serialise on the rows and can never exceed it;
 * the rows are taken in the order of their keys, whoever asks, so two groups sharing subscribers
 * wait for each other instead of deadlocking. The counts roll back with the messages, being
 * written on the intake transaction's connection.
 */
@ApplicationScoped
public class SubscriberCap {

    /** A message that counts against a cap. */
    public record Demand(String campaignId, Msisdn msisdn, Channel channel, int limit) {

        private Key key() {
            return new Key(campaignId, msisdn.value(), channel.name());
        }
    }

    private record Key(String campaignId, String msisdn, String channel) {
    }

    /**
     * Adds a row's whole demand (capped at the limit) when it fits, and answers the rows it
     * added to; a conflicting row is locked even when nothing is added to it.
     */
    private static final String TAKE_ALL = """
            WITH wanted AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::int[]) AS w(campaign_id, msisdn, channel, n, cap))
            INSERT INTO subscriber_cap AS s (campaign_id, msisdn, channel, used)
            SELECT campaign_id, msisdn, channel, LEAST(n, cap) FROM wanted ORDER BY campaign_id, msisdn, channel
            ON CONFLICT (campaign_id, msisdn, channel) DO UPDATE SET used = s.used + EXCLUDED.used
            WHERE s.used + EXCLUDED.used <= (SELECT w.cap FROM wanted w
                WHERE w.campaign_id = EXCLUDED.campaign_id AND w.msisdn = EXCLUDED.msisdn AND w.channel = EXCLUDED.channel)
            RETURNING campaign_id, msisdn, channel""";

    /** One more message on a row, below the limit: what is left of a demand only partly under it. */
    private static final String TAKE_ONE = """
            UPDATE subscriber_cap SET used = used + 1 WHERE campaign_id = ? AND msisdn = ? AND channel = ? AND used < ?
            RETURNING used""";

    /**
     * Counts the demands against their caps (in the transaction of {@code connection}), the
     * messages of one subscriber in the order given.
     *
     * @return per demand, at its position, whether the message fits its cap and was counted
     */
    public boolean[] tryTake(Connection connection, List<Demand> demands) {
        boolean[] taken = new boolean[demands.size()];
        Map<Key, List<Integer>> byKey = new LinkedHashMap<>();
        Map<Key, Integer> limits = new LinkedHashMap<>();
        for (int i = 0; i < demands.size(); i++) {
            Demand d = demands.get(i);
            if (d.limit() > 0) {
                byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(i);
                limits.putIfAbsent(d.key(), d.limit());
            }
        }
        if (byKey.isEmpty()) {
            return taken;
        }
        try {
            Set<Key> whole = takeWhole(connection, byKey, limits);
            for (Map.Entry<Key, List<Integer>> e : byKey.entrySet()) {
                List<Integer> positions = e.getValue();
                int room = Math.min(positions.size(), limits.get(e.getKey()));
                // Refused whole, a demand of one had no room left; a larger one may have some.
                int granted = whole.contains(e.getKey()) ? room
                        : room > 1 ? takePart(connection, e.getKey(), limits.get(e.getKey()), positions.size()) : 0;
                for (int p = 0; p < granted; p++) {
                    taken[positions.get(p)] = true;
                }
            }
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("The caps of " + byKey.size() + " subscribers could not be taken", e);
        }
    }

    private static Set<Key> takeWhole(Connection connection, Map<Key, List<Integer>> byKey, Map<Key, Integer> limits) throws SQLException {
        int n = byKey.size();
        Object[] campaigns = new Object[n];
        Object[] msisdns = new Object[n];
        Object[] channels = new Object[n];
        Object[] wanted = new Object[n];
        Object[] caps = new Object[n];
        int i = 0;
        for (Map.Entry<Key, List<Integer>> e : byKey.entrySet()) {
            campaigns[i] = e.getKey().campaignId();
            msisdns[i] = e.getKey().msisdn();
            channels[i] = e.getKey().channel();
            wanted[i] = e.getValue().size();
            caps[i] = limits.get(e.getKey());
            i++;
        }
        Set<Key> added = new HashSet<>();
        try (PreparedStatement take = connection.prepareStatement(TAKE_ALL)) {
            take.setArray(1, connection.createArrayOf("text", campaigns));
            take.setArray(2, connection.createArrayOf("text", msisdns));
            take.setArray(3, connection.createArrayOf("text", channels));
            take.setArray(4, connection.createArrayOf("int4", wanted));
            take.setArray(5, connection.createArrayOf("int4", caps));
            try (ResultSet rs = take.executeQuery()) {
                while (rs.next()) {
                    added.add(new Key(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return added;
    }

    /**
     * One message at a time, for a subscriber with more messages in the group than the room left
     * under the cap; the row is already locked by this transaction, so this waits for no one.
     */
    private static int takePart(Connection connection, Key key, int limit, int wanted) throws SQLException {
        int granted = 0;
        try (PreparedStatement take = connection.prepareStatement(TAKE_ONE)) {
            take.setString(1, key.campaignId());
            take.setString(2, key.msisdn());
            take.setString(3, key.channel());
            take.setInt(4, limit);
            while (granted < wanted) {
                try (ResultSet rs = take.executeQuery()) {
                    if (!rs.next()) {
                        break;
                    }
                }
                granted++;
            }
        }
        return granted;
    }
}
