package vn.mobifone.care.consultation.vip;

import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * What someone must do next on an open request. Call-backs go to the business number when the
 * calling number is one (seed 001: "theo số máy nghiệp vụ"), otherwise to the number the leader gave.
 */
public record VipTask(Kind kind, Msisdn callTo, Msisdn alsoReachableOn, String text) {

    public enum Kind {
        /** After the call: run the checks (step 2). */
        CHECK,
        /** Contact the quality-management team, in or out of shift, for guidance (step 3). */
        QUALITY_MANAGEMENT,
        /** Call the leader back and say what does not match (step 3). */
        MISMATCH_CALLBACK,
        /** Carry the request out (step 4). */
        EXECUTE,
        /** Call the leader back with the result (step 5). */
        RESULT_CALLBACK
    }
}
