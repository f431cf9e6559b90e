package vn.mobifone.care.subscriberlookup.audit;

import java.time.Instant;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** An audit line as supervisors read it. */
public record AccessRecord(long id, Instant accessedAt, String subject, String role, Msisdn msisdn,
        String callId, String purpose, AccessView view, String service, String outcome, String detail) {

    static AccessRecord of(PersonalDataAccess a) {
        return new AccessRecord(a.id, a.accessedAt, a.subject, a.role, new Msisdn(a.msisdn), a.callId, a.purpose, a.view, a.service,
                a.outcome, a.detail);
    }
}
