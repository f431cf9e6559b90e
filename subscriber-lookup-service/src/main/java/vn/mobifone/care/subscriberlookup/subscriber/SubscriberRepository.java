package vn.mobifone.care.subscriberlookup.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.ResourceNotFound;

@ApplicationScoped
public class SubscriberRepository {

    private static final String READ = "SELECT " + SubscriberRows.SELECT + " FROM subscriber WHERE msisdn = ?";

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
                return SubscriberRows.read(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Subscriber " + msisdn + " could not be read", e);
        }
    }

    public long count() {
        return em.createQuery("SELECT count(s) FROM Subscriber s", Long.class).getSingleResult();
    }

    private static ResourceNotFound notFound(Msisdn msisdn) {
        return new ResourceNotFound("Subscriber", msisdn.value());
    }
}
