package vn.mobifone.care.subscriberlookup.lookup;

import java.time.LocalDate;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.vip.InternalVip;

/** What the screen highlights before the agent reads anything else. */
public record SubscriberFlags(boolean internalVip, boolean premium, boolean otherNetwork, boolean smartphone,
        boolean appInstalled, LocalDate appInstalledOn) {

    static SubscriberFlags of(Subscriber s) {
        return new SubscriberFlags(InternalVip.test(s.ownerName), s.premium, !s.number().isMobiFone(), s.smartphone(),
                s.appInstalledOn != null, s.appInstalledOn);
    }
}
