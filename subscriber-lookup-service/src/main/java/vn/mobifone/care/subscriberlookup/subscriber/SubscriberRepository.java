package vn.mobifone.care.subscriberlookup.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.ResourceNotFound;

@ApplicationScoped
public class SubscriberRepository {

    /** The columns a lookup shows or judges; bookkeeping columns (updated_at, version) are left out. */
    private static final String READ = """
            SELECT owner_name, payment_type, status, category, device_type, app_installed_on, arpu_vnd, loyalty_points,
                   kndl_tier, current_package, main_balance_vnd, sim_4g, vlr_days_last7, province, district, ward,
                   occupation_code, churn_risk, commitment_type, company, premium, id_document_number,
                   has_portrait, has_id_front, has_id_back, id_name_matches_owner, mnp_out
            FROM subscriber WHERE msisdn = ?""";

    private final EntityManager em;

    public SubscriberRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The subscriber as a managed entity, for a change.
     *
     * @throws ResourceNotFound when the number is not in the base (answered 404).
     */
    public Subscriber get(Msisdn msisdn) {
        Subscriber subscriber = em.find(Subscriber.class, msisdn.value());
        if (subscriber == null) {
            throw notFound(msisdn);
        }
        return subscriber;
    }

    /**
     * The subscriber as it is now, for display only: one plain primary-key read on the caller's
     * connection, without an entity in a persistence context to track and flush, because this is
     * the read of every lookup. The returned object is detached and must not be persisted.
     *
     * @throws ResourceNotFound when the number is not in the base (answered 404).
     */
    public Subscriber read(Connection connection, Msisdn msisdn) {
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, msisdn.value());
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw notFound(msisdn);
                }
                return subscriber(msisdn, row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Subscriber " + msisdn + " could not be read", e);
        }
    }

    public long count() {
        return em.createQuery("SELECT count(s) FROM Subscriber s", Long.class).getSingleResult();
    }

    private static Subscriber subscriber(Msisdn msisdn, ResultSet row) throws SQLException {
        Subscriber s = new Subscriber();
        s.msisdn = msisdn.value();
        s.ownerName = row.getString(1);
        s.paymentType = PaymentType.valueOf(row.getString(2));
        s.status = SubscriberStatus.valueOf(row.getString(3));
        s.category = SubscriberCategory.valueOf(row.getString(4));
        s.deviceType = DeviceType.valueOf(row.getString(5));
        s.appInstalledOn = row.getObject(6, LocalDate.class);
        s.arpuVnd = row.getLong(7);
        s.loyaltyPoints = row.getLong(8);
        s.kndlTier = row.getString(9);
        s.currentPackage = row.getString(10);
        s.mainBalanceVnd = row.getLong(11);
        s.sim4g = row.getBoolean(12);
        s.vlrDaysLast7 = row.getShort(13);
        s.province = row.getString(14);
        s.district = row.getString(15);
        s.ward = row.getString(16);
        short occupation = row.getShort(17);
        s.occupationCode = row.wasNull() ? null : occupation;
        s.churnRisk = row.getDouble(18);
        s.commitmentType = row.getString(19);
        s.company = row.getString(20);
        s.premium = row.getBoolean(21);
        s.idDocumentNumber = row.getString(22);
        s.hasPortrait = row.getBoolean(23);
        s.hasIdFront = row.getBoolean(24);
        s.hasIdBack = row.getBoolean(25);
        s.idNameMatchesOwner = row.getBoolean(26);
        s.mnpOut = row.getBoolean(27);
        return s;
    }

    private static ResourceNotFound notFound(Msisdn msisdn) {
        return new ResourceNotFound("Subscriber", msisdn.value());
    }
}
