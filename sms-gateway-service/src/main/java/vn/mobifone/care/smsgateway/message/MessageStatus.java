package vn.mobifone.care.smsgateway.message;

/**
 * ACCEPTED waits for its scheduled time or the advertising window, QUEUED is due, SUBMITTED the
 * SMSC acknowledged every part; the last four are final.
 */
public enum MessageStatus {
    ACCEPTED,
    QUEUED,
    SUBMITTED,
    DELIVERED,
    FAILED,
    EXPIRED,
    REJECTED
}
