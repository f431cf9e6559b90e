package vn.mobifone.care.subscriberlookup.audit;

/** Which personal data a read disclosed. */
public enum AccessView {
    /** The full subscriber record (masked per role). */
    PROFILE,
    /** Only the Decree-49 warning: the record was withheld until acknowledged. */
    DECREE49_WARNING,
    /** The agent acknowledged the Decree-49 warning. */
    DECREE49_ACKNOWLEDGEMENT,
    /** A subscriber's occupation was changed on a call; the line's detail says from which code to which. */
    OCCUPATION_CHANGE,
    /** The gateway's SMS messages of a number (message bodies are personal data). */
    SMS_MESSAGES
}
