package vn.mobifone.care.consultation.appinstall;

/** What the agent notes about the call. */
public enum CallFlag {
    DIFFICULT_CUSTOMER,
    /** The hot promotions were already presented in this call. */
    HOT_PROMOTIONS_GIVEN
}
