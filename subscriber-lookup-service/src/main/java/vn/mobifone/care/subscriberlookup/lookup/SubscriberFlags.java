package vn.mobifone.care.subscriberlookup.lookup;

import java.time.LocalDate;
import vn.mobifone.care.subscriberlookup.subscriber.Network;
import vn.mobifone.care.subscriberlookup.subscriber.Subscriber;
import vn.mobifone.care.subscriberlookup.vip.InternalVip;

/**
 * What the screen highlights before the agent reads anything else. {@code otherNetwork},
 * {@code portedIn} and {@code portedOut} are decided by the base, not by the prefix ({@link Network}).
 */
public record SubscriberFlags(boolean internalVip, boolean premium, boolean otherNetwork, boolean smartphone,
        boolean appInstalled, LocalDate appInstalledOn, boolean portedIn, boolean portedOut) {

    static SubscriberFlags of(Subscriber s) {
        Network network = Network.of(s);
        return new SubscriberFlags(InternalVip.test(s.ownerName), s.premium, network.otherNetwork(), s.smartphone(),
                s.appInstalledOn != null, s.appInstalledOn, network.portedIn(), network.portedOut());
    }
}
