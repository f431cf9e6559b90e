package vn.mobifone.care.subscriberlookup.audit;

import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * Why personal data is read: the call being served, or for a system a stated purpose. No read
 * without one, so every audit line can be traced back to a customer contact or a declared use.
 */
public record AccessReason(String callId, String purpose) {

    /** What a call id may look like: the switch's identifiers, no free text. */
    public static final String CALL_ID_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    public static AccessReason of(String callId, String purpose) {
        String call = blankToNull(callId);
        String stated = blankToNull(purpose);
        if (call == null && stated == null) {
            throw new InvalidInput("callId", "a call id or a stated purpose is required to read personal data");
        }
        return new AccessReason(call, stated);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
