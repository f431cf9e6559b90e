package vn.mobifone.care.smsgateway.cap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * How many messages of one campaign a subscriber may get per channel (seed 002: 2 SMS, 1 Zalo).
 * The count is taken with one upsert that only increments below the limit, so concurrent
 * requests serialise on the row and can never exceed it; the count rolls back with the message.
 */
@ApplicationScoped
public class SubscriberCap {

    private final EntityManager em;
    private final CapLimits limits;

    public SubscriberCap(EntityManager em, CapLimits limits) {
        this.em = em;
        this.limits = limits;
    }

    /** @return true when the message fits the cap and was counted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryTake(String campaignId, Msisdn msisdn, Channel channel) {
        int limit = limits.perSubscriber(channel);
        if (limit <= 0) {
            return false;
        }
        return !em.createNativeQuery("""
                        INSERT INTO subscriber_cap (campaign_id, msisdn, channel, used) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (campaign_id, msisdn, channel)
                        DO UPDATE SET used = subscriber_cap.used + 1 WHERE subscriber_cap.used < ?4
                        RETURNING used""")
                .setParameter(1, campaignId)
                .setParameter(2, msisdn.value())
                .setParameter(3, channel.name())
                .setParameter(4, limit)
                .getResultList().isEmpty();
    }
}
