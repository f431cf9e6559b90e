package vn.mobifone.care.outboundcampaign.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/** Reads one row that belongs to a campaign (a target-generation run, a broadcast) by its id, or answers 404. */
public final class CampaignRows {

    /** Maps the current row of the result. */
    public interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private CampaignRows() {
    }

    /** @param select a SELECT of the row's columns, without WHERE: the id and the campaign are the conditions */
    public static <T> T one(DataSource dataSource, String select, String kind, UUID campaignId, UUID id, Mapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(select + " WHERE id = ? AND campaign_id = ?")) {
            s.setObject(1, id);
            s.setObject(2, campaignId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFound(kind, id);
                }
                return mapper.map(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A nullable timestamp column as an instant. */
    public static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
