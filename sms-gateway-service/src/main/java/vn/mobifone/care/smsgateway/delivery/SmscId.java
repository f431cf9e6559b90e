package vn.mobifone.care.smsgateway.delivery;

/**
 * An SMSC message id as far as it is unique: within the account (bind system id) that was given
 * it, and only while its part waits for a receipt.
 */
public record SmscId(String account, String id) {
}
