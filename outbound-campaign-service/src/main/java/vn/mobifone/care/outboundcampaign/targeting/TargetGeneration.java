package vn.mobifone.care.outboundcampaign.targeting;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.mobifone.care.outboundcampaign.CampaignConfig;
import vn.mobifone.care.outboundcampaign.campaign.Campaign;
import vn.mobifone.care.outboundcampaign.campaign.CampaignRows;
import vn.mobifone.care.outboundcampaign.campaign.Campaigns;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.work.JobRunner;

/**
 * Turns a campaign's targeting rules into leads, in the database, in ranges of the projection by
 * MSISDN: each range is one statement and one commit, after which the run's progress (rows done
 * of the total) is visible by API and written to the log. One run per campaign at a time; a
 * re-run adds only subscribers that are not leads yet.
 */
@ApplicationScoped
public class TargetGeneration {

    private static final Logger LOG = Logger.getLogger(TargetGeneration.class);
    private static final String VIEW = "SELECT id, campaign_id, state, rows_total, rows_done, leads_added, error, started_by, started_at, finished_at"
            + " FROM target_generation";

    private final AgroalDataSource dataSource;
    private final LocalTransaction transaction;
    private final Campaigns campaigns;
    private final CampaignConfig config;
    private final Clock clock;
    private final JobRunner runner = new JobRunner("target-generation");

    public TargetGeneration(AgroalDataSource dataSource, LocalTransaction transaction, Campaigns campaigns, CampaignConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.campaigns = campaigns;
        this.config = config;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        runner.close();
    }

    /** Starts a run in the background and answers it as started. */
    public TargetGenerationView start(UUID campaignId, String startedBy) {
        Campaign campaign = campaigns.get(campaignId);
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO target_generation (id, campaign_id, state, started_by, started_at)"
                        + " VALUES (?, ?, 'RUNNING', ?, ?) ON CONFLICT (campaign_id) WHERE state = 'RUNNING' DO NOTHING")) {
            s.setObject(1, id);
            s.setObject(2, campaignId);
            s.setString(3, startedBy);
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            if (s.executeUpdate() == 0) {
                throw new ResourceConflict("generation-running", "A target generation of this campaign is still running");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        runner.submit(() -> run(id, campaign));
        return view(campaignId, id);
    }

    public TargetGenerationView view(UUID campaignId, UUID id) {
        return CampaignRows.one(dataSource, VIEW, "target-generation", campaignId, id, rs -> new TargetGenerationView(
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), CampaignRows.instant(rs.getTimestamp(10))));
    }

    private void run(UUID id, Campaign campaign) {
        long started = System.nanoTime();
        try {
            List<String> bounds = new ArrayList<>();
            long total = transaction.runSql(c -> {
                long rows = rangeBounds(c, bounds);
                update(c, "UPDATE target_generation SET rows_total = ? WHERE id = ?", rows, id);
                return rows;
            });
            LOG.infof("Target generation %s of campaign %s: %d subscribers in %d ranges", id, campaign.id(), total, bounds.size());
            TargetQuery.Statement query = TargetQuery.of(campaign.targeting());
            Timestamp queuedAt = Timestamp.from(clock.instant());
            String lower = "";
            long done = 0;
            long added = 0;
            for (int i = 0; i < bounds.size(); i++) {
                String from = lower;
                String upper = bounds.get(i);
                done = i == bounds.size() - 1 ? total : done + config.targeting().chunkSize();
                long rowsDone = done;
                long addedBefore = added;
                // One range and its progress in one local transaction: a failure keeps the ranges before it.
                added += transaction.runSql(c -> {
                    int inRange = addRange(c, query, campaign, queuedAt, from, upper);
                    try (PreparedStatement s = c.prepareStatement("UPDATE target_generation SET rows_done = ?, leads_added = ? WHERE id = ?")) {
                        s.setLong(1, rowsDone);
                        s.setLong(2, addedBefore + inRange);
                        s.setObject(3, id);
                        s.executeUpdate();
                    }
                    return inRange;
                });
                lower = upper;
                LOG.infof("Target generation %s: %d of %d subscribers done, %d leads added", id, done, total, added);
            }
            long leads = added;
            transaction.runSql(c -> {
                // A run adds up to millions of leads at once; until the planner knows, the next-lead query would
                // scan the table instead of walking the queue index, for every agent, until autovacuum comes by.
                // So the run is done when the queue is ready to be worked.
                if (leads > 0) {
                    try (PreparedStatement s = c.prepareStatement("ANALYZE lead")) {
                        s.execute();
                    }
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE target_generation SET state = 'DONE', rows_done = ?, finished_at = ? WHERE id = ?")) {
                    s.setLong(1, total);
                    s.setTimestamp(2, Timestamp.from(clock.instant()));
                    s.setObject(3, id);
                    s.executeUpdate();
                }
                return null;
            });
            LOG.infof("Target generation %s done: %d leads added in %d ms", id, added, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Target generation %s failed", id);
            fail(id, e.getMessage());
        }
    }

    private static int addRange(Connection c, TargetQuery.Statement query, Campaign campaign, Timestamp queuedAt, String lower, String upper)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query.sql())) {
            int p = 0;
            s.setObject(++p, campaign.id());
            s.setDouble(++p, campaign.targeting().churnRiskThreshold());
            s.setTimestamp(++p, queuedAt);
            s.setString(++p, lower);
            s.setString(++p, upper);
            for (Object value : query.parameters()) {
                s.setObject(++p, value instanceof String[] names ? c.createArrayOf("text", names) : value);
            }
            return s.executeUpdate();
        }
    }

    /** The upper MSISDN of each range of {@code chunkSize} subscribers, in order; the last range ends at the greatest one. */
    private long rangeBounds(Connection c, List<String> bounds) throws SQLException {
        int chunk = config.targeting().chunkSize();
        long total = 0;
        String last = null;
        // Read with a cursor (the transaction's): the whole projection is never held in memory.
        try (PreparedStatement s = c.prepareStatement("SELECT msisdn FROM subscriber ORDER BY msisdn")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    last = rs.getString(1);
                    if (++total % chunk == 0) {
                        bounds.add(last);
                    }
                }
            }
        }
        if (last != null && total % chunk != 0) {
            bounds.add(last);
        }
        return total;
    }

    private static void update(Connection c, String sql, long value, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, value);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    private void fail(UUID id, String error) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE target_generation SET state = 'FAILED', error = ?, finished_at = ? WHERE id = ?")) {
            s.setString(1, error);
            s.setTimestamp(2, Timestamp.from(clock.instant()));
            s.setObject(3, id);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "Target generation %s: the failure could not be recorded", id);
        }
    }
}
