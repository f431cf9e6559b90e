package vn.mobifone.care.subscriberlookup.decree49;

/** One thing a subscription lacks to be complete under Decree 49. */
public enum MissingIdentity {
    PORTRAIT,
    ID_FRONT,
    ID_BACK,
    /** The documents are not in the name of the subscription's owner. */
    OWNER_NAME
}
