package vn.mobifone.care.consultation.appinstall;

/** Why the customer called, as the agent classifies the call. */
public enum CallReason {
    /** A question about MobiFone's services or procedures: the ordinary call. */
    SERVICE_ENQUIRY,
    /** A complaint about MobiFone's service. */
    COMPLAINT,
    /** Urgent: cut the lost phone's line. */
    LOST_PHONE,
    /** Urgent: the line was cut off. */
    CUT_OFF,
    /** A question about number portability. */
    MNP,
    /** Nothing to do with MobiFone's services. */
    UNRELATED,
    /** How to update the subscriber's Decree-49 information. */
    DECREE49_UPDATE
}
