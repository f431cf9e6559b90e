package vn.mobifone.care.consultation.appinstall;

/** The consult box on the agent's screen (seed 000, step 2). */
public enum BoxState {
    /** Grey box: present the app, tick and save. */
    AVAILABLE,
    /** Red tick, disabled: the app is installed (with its date). */
    ALREADY_INSTALLED,
    /** Being consulted (through the other channel): re-opens at {@code reopensAt} unless the app is installed first. */
    LOCKED,
    /** Not a smartphone: greet and end. */
    NOT_SMARTPHONE,
    /** Not to be consulted, for {@code reason}. */
    NOT_ELIGIBLE
}
