package vn.mobifone.care.consultation.decree49;

/** The cases of seed 000's Decree-49 script ("Kịch bản tư vấn KH"). */
public enum Decree49Scenario {
    /** Situation 1, case 1: the information is complete; carry on with the call. */
    COMPLETE,
    /** Situation 1, case 2, golden number: the customer registers at a main MobiFone store. */
    GOLDEN_NUMBER_MAIN_STORE,
    /** Situation 1, case 2, not golden, smartphone: the update in My MobiFone. */
    UPDATE_IN_APP,
    /** Situation 1, case 2, not golden, feature phone: a MobiFone store, and 9090 for help. */
    FEATURE_PHONE_STORE,
    /** Situation 2: a 9090 caller asks how to update: the app steps with the OTP and every field. */
    UPDATE_REQUEST_9090
}
