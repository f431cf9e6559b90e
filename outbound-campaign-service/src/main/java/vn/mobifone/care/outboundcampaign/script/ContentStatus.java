package vn.mobifone.care.outboundcampaign.script;

/** What happened to one content (B2–B5) of the call script. */
public enum ContentStatus {
    /** Presented; the customer has not decided. */
    OFFERED,
    ACCEPTED,
    REFUSED,
    /** Does not apply to this customer; the reason is required. */
    NOT_APPLICABLE,
    /** Applies but was not presented. */
    NOT_OFFERED;

    public boolean presented() {
        return this == OFFERED || this == ACCEPTED || this == REFUSED;
    }
}
