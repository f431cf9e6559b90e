package vn.mobifone.care.smsgateway.cap;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * How many messages of one campaign's outreach a subscriber has had per channel, against the
 * campaign's own cap (seed 002: 2 SMS, 1 Zalo).
 * The count is taken with one upsert that only increments below the limit, so concurrent
 * requests serialise on the row and can never exceed it; the count rolls back with the message,
 * being written on the intake transaction's connection.
 */
@ApplicationScoped
public class SubscriberCap {

    private static final String TAKE = """
            INSERT INTO subscriber_cap (campaign_id, msisdn, channel, used) VALUES (?, ?, ?, 1)
            ON CONFLICT (campaign_id, msisdn, channel)
            DO UPDATE SET used = subscriber_cap.used + 1 WHERE subscriber_cap.used < ?
            RETURNING used""";

    /** @return true when the message fits the cap and was counted (in the transaction of {@code connection}). */
    public boolean tryTake(Connection connection, String campaignId, Msisdn msisdn, Channel channel, int limit) {
        if (limit <= 0) {
            return false;
        }
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, campaignId);
            take.setString(2, msisdn.value());
            take.setString(3, channel.name());
            take.setInt(4, limit);
            try (ResultSet counted = take.executeQuery()) {
                return counted.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The cap of " + msisdn + " in campaign " + campaignId + " could not be taken", e);
        }
    }
}
