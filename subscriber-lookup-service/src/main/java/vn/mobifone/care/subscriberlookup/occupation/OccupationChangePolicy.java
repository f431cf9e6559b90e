package vn.mobifone.care.subscriberlookup.occupation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;

/**
 * Seed 000: no update on lost-phone calls, official and business lines, test SIMs, or on calls
 * outside 07:00-22:00. The update is made on a call, so it names the call and when it started.
 */
public final class OccupationChangePolicy {

    /** A frontend's clock may run a little ahead of ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private OccupationChangePolicy() {
    }

    /**
     * The first rule that refuses the change, in the order an agent would notice it.
     *
     * @param longestCall how long ago a call may have started and still be the one being served
     */
    public static Optional<OccupationRefusal> refusal(boolean lostPhoneCall, SubscriberCategory category, OccupationCall call,
            Instant now, Duration longestCall) {
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
        if (call == null || call.callId() == null || call.startedAt() == null) {
            return Optional.of(OccupationRefusal.CALL_REQUIRED);
        }
        // The window is judged on the start the frontend states; a start in the future or hours ago is not the call being served
        if (call.startedAt().isAfter(now.plus(CLOCK_SKEW)) || call.startedAt().isBefore(now.minus(longestCall))) {
            return Optional.of(OccupationRefusal.CALL_START_IMPLAUSIBLE);
        }
        return OccupationWindow.isOpen(call.startedAt()) ? Optional.empty() : Optional.of(OccupationRefusal.OUTSIDE_CALL_WINDOW);
    }
}
