package vn.mobifone.care.outboundcampaign.lead;

/** How a call ended. BUSY and NO_ANSWER are redialled after a delay; the last three end the lead. */
public enum CallOutcome {
    BUSY,
    NO_ANSWER,
    /** The customer asked to be called back at an agreed time. */
    CALLBACK,
    /** Reason required; listed in the campaign report and the MNP-out report. */
    NOT_INTERESTED,
    /** The number goes on the DNC list at once. */
    DO_NOT_CALL,
    /** The customer agreed to listen; the script must show at least 2 of B2–B5. */
    AGREED;

    public boolean endsLead() {
        return this == NOT_INTERESTED || this == DO_NOT_CALL || this == AGREED;
    }
}
