package vn.mobifone.care.itticket.ticket;

import java.time.Instant;

/**
 * Seed 004: a ticket not solved within its total time obliges the IT centre to post progress and
 * an expected time. It stays owed until an update posted after the breach, and is owed again
 * once the promised time passes without a resolution.
 */
public final class ProgressObligation {

    private ProgressObligation() {
    }

    public static boolean isOwed(boolean open, Instant totalBreachedAt, Instant progressUpdatedAt, Instant expectedResolutionAt, Instant now) {
        if (!open || totalBreachedAt == null) {
            return false;
        }
        if (progressUpdatedAt == null || progressUpdatedAt.isBefore(totalBreachedAt)) {
            return true;
        }
        return !expectedResolutionAt.isAfter(now);
    }
}
