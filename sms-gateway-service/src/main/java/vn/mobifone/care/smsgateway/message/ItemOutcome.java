package vn.mobifone.care.smsgateway.message;

/** What became of one message of a batch. */
public enum ItemOutcome {
    /** Recorded now, with its id; it may be REJECTED by a cap or the opt-out list, as a single request is. */
    ACCEPTED,
    /** Its idempotency key already made a message (earlier, or earlier in this batch): that one, nothing new. */
    DUPLICATE,
    /** Not recorded: the problem says why, as {@code POST /messages} would answer it. */
    REFUSED
}
