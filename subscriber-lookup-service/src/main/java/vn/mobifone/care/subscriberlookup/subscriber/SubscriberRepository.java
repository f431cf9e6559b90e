package vn.mobifone.care.subscriberlookup.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.ResourceNotFound;

@ApplicationScoped
public class SubscriberRepository {

    private final EntityManager em;

    public SubscriberRepository(EntityManager em) {
        this.em = em;
    }

    /** @throws ResourceNotFound when the number is not in the base (answered 404). */
    public Subscriber get(Msisdn msisdn) {
        Subscriber subscriber = em.find(Subscriber.class, msisdn.value());
        if (subscriber == null) {
            throw new ResourceNotFound("Subscriber", msisdn.value());
        }
        return subscriber;
    }

    public long count() {
        return em.createQuery("SELECT count(s) FROM Subscriber s", Long.class).getSingleResult();
    }
}
