package vn.mobifone.care.subscriberlookup.subscriber;

/**
 * Whose network a number of the base is on. Not a prefix test: a number keeps its prefix when it
 * ports, so one that ported in to MobiFone has another network's prefix and is MobiFone's, and one
 * that ported out (billing's MNP-out mark) has MobiFone's prefix and is another network's.
 *
 * @param portedIn     held in the base with another network's prefix, and not ported out again
 * @param portedOut    billing marks it as ported out (MNP out)
 * @param otherNetwork on another network now; for the base that is exactly {@code portedOut}
 */
public record Network(boolean portedIn, boolean portedOut, boolean otherNetwork) {

    public static Network of(Subscriber s) {
        return new Network(!s.mnpOut && !s.number().isMobiFone(), s.mnpOut, s.mnpOut);
    }
}
