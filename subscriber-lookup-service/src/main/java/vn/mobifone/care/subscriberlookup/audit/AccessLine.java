package vn.mobifone.care.subscriberlookup.audit;

import java.time.Instant;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * One audit line on its way to the journal. Complete when it is made on the request thread (who,
 * in which role, when), because the writer thread has no request and so no caller.
 */
record AccessLine(Instant accessedAt, String subject, String role, Msisdn msisdn, AccessReason reason, AccessView view) {
}
