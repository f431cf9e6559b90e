package vn.mobifone.care.outboundcampaign.fulfilment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.outboundcampaign.campaign.Campaign;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** The work an agreed call left: listed by campaign, overdue first by due date, and marked done. */
@ApplicationScoped
public class FulfilmentTasks {

    private static final String COLUMNS = "id, campaign_id, lead_id, msisdn, kind, details, due_on, state, created_at, done_at, done_by";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public FulfilmentTasks(AgroalDataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /** Open tasks whose due day has passed in Vietnam are overdue. */
    public Page<FulfilmentTaskView> search(UUID campaignId, boolean overdueOnly, PageRequest page) {
        LocalDate today = clock.instant().atZone(Campaign.CUSTOMER_ZONE).toLocalDate();
        String where = " WHERE (?::uuid IS NULL OR campaign_id = ?) AND (NOT ? OR (state = 'OPEN' AND due_on < ?))";
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement("SELECT count(*) FROM fulfilment_task" + where);
                PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM fulfilment_task" + where
                        + " ORDER BY due_on, created_at, id LIMIT ? OFFSET ?")) {
            for (PreparedStatement s : List.of(count, q)) {
                s.setObject(1, campaignId);
                s.setObject(2, campaignId);
                s.setBoolean(3, overdueOnly);
                s.setObject(4, today);
            }
            q.setInt(5, page.size);
            q.setInt(6, page.offset());
            long total;
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<FulfilmentTaskView> items = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs, today));
                }
            }
            return Page.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public FulfilmentTaskView done(UUID id, String by) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE fulfilment_task SET state = 'DONE', done_at = ?, done_by = ? WHERE id = ? AND state = 'OPEN'")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setString(2, by);
                s.setObject(3, id);
                if (s.executeUpdate() == 0) {
                    get(c, id);
                    throw new ResourceConflict("task-done", "The task is already done");
                }
            }
            return get(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private FulfilmentTaskView get(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM fulfilment_task WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFound("fulfilment-task", id);
                }
                return read(rs, clock.instant().atZone(Campaign.CUSTOMER_ZONE).toLocalDate());
            }
        }
    }

    private FulfilmentTaskView read(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject(7, LocalDate.class);
        String state = rs.getString(8);
        Timestamp done = rs.getTimestamp(10);
        try {
            return new FulfilmentTaskView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3), rs.getString(4),
                    rs.getString(5), json.readTree(rs.getString(6)), due, state, "OPEN".equals(state) && due.isBefore(today),
                    rs.getTimestamp(9).toInstant(), done == null ? null : done.toInstant(), rs.getString(11));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
