package vn.mobifone.care.outboundcampaign.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.platform.persistence.LocalTransaction;

/**
 * The subscriber rows targeting reads. Applying an event is one upsert that only a newer event
 * (or the same instant with a greater event id) wins: a redelivered, replayed or out-of-date event
 * changes nothing, so the projection needs no processed-event bookkeeping for its millions of
 * rows, and a replay from the topic's start rebuilds it.
 */
@ApplicationScoped
public class SubscriberProjection {

    private static final String UPSERT = """
            INSERT INTO subscriber (msisdn, owner_name, payment_type, status, two_way_active, device_type, app_installed, arpu_vnd,
                loyalty_points, kndl_tier, kndl_member, current_package, main_balance_vnd, sim_4g, vlr_days_last7, province, district,
                ward, churn_risk, premium, identity_state, joined_points_2022, mvas_unused_2m, mnp_out, event_version, changed_at, event_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (msisdn) DO UPDATE SET owner_name = EXCLUDED.owner_name, payment_type = EXCLUDED.payment_type,
                status = EXCLUDED.status, two_way_active = EXCLUDED.two_way_active, device_type = EXCLUDED.device_type,
                app_installed = EXCLUDED.app_installed, arpu_vnd = EXCLUDED.arpu_vnd, loyalty_points = EXCLUDED.loyalty_points,
                kndl_tier = EXCLUDED.kndl_tier, kndl_member = EXCLUDED.kndl_member, current_package = EXCLUDED.current_package,
                main_balance_vnd = EXCLUDED.main_balance_vnd, sim_4g = EXCLUDED.sim_4g, vlr_days_last7 = EXCLUDED.vlr_days_last7,
                province = EXCLUDED.province, district = EXCLUDED.district, ward = EXCLUDED.ward, churn_risk = EXCLUDED.churn_risk,
                premium = EXCLUDED.premium, identity_state = EXCLUDED.identity_state, joined_points_2022 = EXCLUDED.joined_points_2022,
                mvas_unused_2m = EXCLUDED.mvas_unused_2m, mnp_out = EXCLUDED.mnp_out, event_version = EXCLUDED.event_version,
                changed_at = EXCLUDED.changed_at, event_id = EXCLUDED.event_id
            WHERE (subscriber.changed_at, subscriber.event_id) < (EXCLUDED.changed_at, EXCLUDED.event_id)
            """;

    private final LocalTransaction transaction;

    public SubscriberProjection(LocalTransaction transaction) {
        this.transaction = transaction;
    }

    /** @return true when the event changed the row (false: it was already applied, or is older than the row) */
    public boolean apply(SubscriberChanged e) {
        return applyAll(List.of(e)) == 1;
    }

    /**
     * Applies events in one transaction, one statement each in a single batch (so a later event of
     * the same subscriber in the list sees the earlier one): a poll of the topic costs one commit,
     * not one per event.
     *
     * @return how many rows the events changed
     */
    public int applyAll(List<SubscriberChanged> events) {
        return transaction.run(c -> {
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                for (SubscriberChanged e : events) {
                    bind(c, s, e);
                    s.addBatch();
                }
                int changed = 0;
                for (int count : s.executeBatch()) {
                    changed += count > 0 ? count : 0;
                }
                return changed;
            } catch (SQLException ex) {
                throw new IllegalStateException("Projection of " + events.size() + " events failed: " + ex.getMessage(), ex);
            }
        });
    }

    private static void bind(Connection c, PreparedStatement s, SubscriberChanged e) throws SQLException {
        // A version-1 event knows the status only; its 2C flag follows from it, the other appended fields stay empty.
        boolean twoWay = e.version() >= 2 ? e.twoWayActive() : "ACTIVE_2C".equals(e.status());
        int i = 0;
        s.setString(++i, e.msisdn());
        s.setString(++i, e.ownerName());
        s.setString(++i, e.paymentType());
        s.setString(++i, e.status());
        s.setBoolean(++i, twoWay);
        s.setString(++i, e.deviceType());
        s.setBoolean(++i, e.appInstalled());
        s.setLong(++i, e.arpuVnd());
        s.setLong(++i, e.loyaltyPoints());
        s.setString(++i, e.tier());
        s.setBoolean(++i, e.version() >= 2 ? e.kndlMember() : e.tier() != null);
        s.setString(++i, e.currentPackage());
        s.setLong(++i, e.mainBalanceVnd());
        s.setBoolean(++i, e.sim4g());
        s.setInt(++i, e.vlrDaysLast7());
        s.setString(++i, e.province());
        s.setString(++i, e.district());
        s.setString(++i, e.ward());
        s.setDouble(++i, e.churnRisk());
        s.setBoolean(++i, e.premium());
        s.setString(++i, e.identityState());
        s.setBoolean(++i, e.joinedPointsProgramme2022());
        s.setArray(++i, c.createArrayOf("text", e.mvasUnusedTwoMonths().toArray()));
        s.setBoolean(++i, e.portingOut());
        s.setInt(++i, e.version());
        s.setTimestamp(++i, Timestamp.from(e.occurredAt()));
        s.setObject(++i, e.eventId());
    }
}
