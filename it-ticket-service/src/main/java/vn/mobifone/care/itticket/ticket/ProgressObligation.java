package vn.mobifone.care.itticket.ticket;

import java.time.Instant;

/**
 * Seed 004: a level-3/4 request not solved within its total time (48 h) obliges the IT centre to
 * post progress and an expected time, which the regional company tells the customer. It stays
 * owed until an update posted after the breach, and is owed again once the promised time passes
 * without a resolution. Levels 1-2 are the regional company's own: no such update is owed.
 * This is the one statement of the rule: the list of owing tickets reads it too.
 */
public final class ProgressObligation {

    private ProgressObligation() {
    }

    public static boolean isOwed(boolean open, int level, Instant totalBreachedAt, Instant progressUpdatedAt,
            Instant expectedResolutionAt, Instant now) {
        if (!open || level < 3 || totalBreachedAt == null) {
            return false;
        }
        if (progressUpdatedAt == null || progressUpdatedAt.isBefore(totalBreachedAt)) {
            return true;
        }
        return !expectedResolutionAt.isAfter(now);
    }
}
