package vn.mobifone.care.smsgateway.campaign;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/** The limits campaigns registered, read by the intake on its own connection. */
@ApplicationScoped
public class CampaignLimitsStore {

    private static final String COLUMNS = "campaign_id, sms_per_subscriber, zalo_per_subscriber, send_dates, updated_by, updated_at";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    public CampaignLimitsStore(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public record Saved(CampaignLimitsView view, boolean created) {
    }

    /** The campaign's limits, or null when it registered none (its outreach is then not held to any). */
    public CampaignLimits find(Connection connection, String campaignId) {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM campaign_limits WHERE campaign_id = ?")) {
            s.setString(1, campaignId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                CampaignLimitsView view = view(rs);
                return new CampaignLimits(view.smsPerSubscriber(), view.zaloPerSubscriber(), view.sendDates());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The limits of campaign " + campaignId + " could not be read", e);
        }
    }

    /** The same, on a connection of its own. */
    public CampaignLimits find(String campaignId) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, campaignId);
        } catch (SQLException e) {
            throw new IllegalStateException("The limits of campaign " + campaignId + " could not be read", e);
        }
    }

    public CampaignLimitsView get(String campaignId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM campaign_limits WHERE campaign_id = ?")) {
            s.setString(1, campaignId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFound("Campaign limits", campaignId);
                }
                return view(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The limits of campaign " + campaignId + " could not be read", e);
        }
    }

    /** Sets (or replaces) the limits; the counts already taken stay. */
    public Saved save(String campaignId, CampaignLimits limits, String by) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO campaign_limits (campaign_id, sms_per_subscriber, zalo_per_subscriber, send_dates, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (campaign_id) DO UPDATE SET sms_per_subscriber = EXCLUDED.sms_per_subscriber,
                    zalo_per_subscriber = EXCLUDED.zalo_per_subscriber, send_dates = EXCLUDED.send_dates,
                    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                RETURNING""" + " " + COLUMNS + ", (xmax = 0) AS created")) {
            s.setString(1, campaignId);
            s.setObject(2, limits.smsPerSubscriber());
            s.setObject(3, limits.zaloPerSubscriber());
            s.setArray(4, c.createArrayOf("date", limits.sendDates().stream().map(Date::valueOf).toArray()));
            s.setString(5, by);
            s.setTimestamp(6, Timestamp.from(clock.instant()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Saved(view(rs), rs.getBoolean("created"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The limits of campaign " + campaignId + " could not be saved", e);
        }
    }

    private static CampaignLimitsView view(ResultSet rs) throws SQLException {
        List<LocalDate> dates = new ArrayList<>();
        Array array = rs.getArray("send_dates");
        if (array != null) {
            for (Object d : (Object[]) array.getArray()) {
                dates.add(((Date) d).toLocalDate());
            }
        }
        return new CampaignLimitsView(rs.getString("campaign_id"), (Integer) rs.getObject("sms_per_subscriber"),
                (Integer) rs.getObject("zalo_per_subscriber"), dates, rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
