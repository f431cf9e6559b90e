package vn.mobifone.care.subscriberlookup.audit;

import java.time.Instant;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * One audit line on its way to the journal. Complete when it is made on the request thread (who,
 * in which role, when), because the writer thread has no request and so no caller.
 */
record AccessLine(Instant accessedAt, String subject, String role, Msisdn msisdn, AccessReason reason, AccessView view) {

    /**
     * Refuses what the table would refuse, before the line joins a batch of other callers' lines:
     * a control character (PostgreSQL stores no NUL in text), or more than the column holds.
     */
    void check() {
        check("subject", subject, 100);
        check("role", role, 20);
        check("callId", reason.callId(), 64);
        check("purpose", reason.purpose(), 200);
    }

    private static void check(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            throw new InvalidInput(field, "at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field, "must not contain control characters");
        }
    }
}
