package vn.mobifone.care.subscriberlookup.occupation;

import java.time.Clock;
import java.util.Optional;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;

/** Seed 000: no update on lost-phone calls, official and business lines, test SIMs, or outside 07:00-22:00. */
public final class OccupationChangePolicy {

    private OccupationChangePolicy() {
    }

    /** The first rule that refuses the change, in the order an agent would notice it. */
    public static Optional<OccupationRefusal> refusal(boolean lostPhoneCall, SubscriberCategory category, Clock clock) {
        if (lostPhoneCall) {
            return Optional.of(OccupationRefusal.LOST_PHONE_CALL);
        }
        switch (category) {
            case OFFICIAL -> {
                return Optional.of(OccupationRefusal.OFFICIAL_SUBSCRIBER);
            }
            case BUSINESS -> {
                return Optional.of(OccupationRefusal.BUSINESS_SUBSCRIBER);
            }
            case TEST_SIM -> {
                return Optional.of(OccupationRefusal.TEST_SIM);
            }
            case NORMAL -> {
                // allowed by category
            }
        }
        return OccupationWindow.isOpen(clock) ? Optional.empty() : Optional.of(OccupationRefusal.OUTSIDE_CALL_WINDOW);
    }
}
