package vn.mobifone.care.outboundcampaign.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/** Campaigns in the database; their rules are stored as JSON, as they are given. */
@ApplicationScoped
public class Campaigns {

    private static final String COLUMNS = "id, type, name, starts_on, ends_on, window_start, window_end, targeting, dialling, created_by, created_at";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public Campaigns(AgroalDataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    public Campaign create(CampaignRequest r, String createdBy) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw new InvalidInput("endsOn", "must not be before startsOn");
        }
        LocalTime start = LocalTime.parse(r.windowStart());
        LocalTime end = LocalTime.parse(r.windowEnd());
        if (!end.isAfter(start)) {
            throw new InvalidInput("windowEnd", "must be after windowStart");
        }
        TargetingRules targeting = r.targeting() == null ? TargetingRules.defaultsFor(r.type()) : r.targeting();
        if (r.type() == CampaignType.SIM_4G_SWAP && !Boolean.FALSE.equals(targeting.sim4g())) {
            throw new BusinessRuleViolation("sim-swap-targets-non-4g", "A 4G SIM-swap campaign targets subscribers without a 4G SIM (sim4g false)");
        }
        Campaign c = new Campaign(UUID.randomUUID(), r.type(), r.name().strip(), r.startsOn(), r.endsOn(), start, end, targeting,
                r.dialling() == null ? DiallingRules.DEFAULTS : r.dialling(), createdBy, clock.instant());
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("INSERT INTO campaign (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)")) {
            s.setObject(1, c.id());
            s.setString(2, c.type().name());
            s.setString(3, c.name());
            s.setObject(4, c.startsOn());
            s.setObject(5, c.endsOn());
            s.setObject(6, c.windowStart());
            s.setObject(7, c.windowEnd());
            s.setString(8, write(c.targeting()));
            s.setString(9, write(c.dialling()));
            s.setString(10, createdBy);
            s.setTimestamp(11, Timestamp.from(c.createdAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    public Campaign get(UUID id) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM campaign WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFound("campaign", id);
                }
                return read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Campaign> all() {
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM campaign ORDER BY created_at DESC");
                ResultSet rs = s.executeQuery()) {
            List<Campaign> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Campaign read(ResultSet rs) throws SQLException {
        try {
            return new Campaign(rs.getObject(1, UUID.class), CampaignType.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class),
                    rs.getObject(6, LocalTime.class), rs.getObject(7, LocalTime.class),
                    json.readValue(rs.getString(8), TargetingRules.class), json.readValue(rs.getString(9), DiallingRules.class),
                    rs.getString(10), rs.getTimestamp(11).toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rules of campaign " + rs.getString(1) + " are unreadable", e);
        }
    }

    private String write(Object rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
