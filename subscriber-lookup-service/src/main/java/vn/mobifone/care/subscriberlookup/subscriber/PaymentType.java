package vn.mobifone.care.subscriberlookup.subscriber;

/** TBTT (prepaid) or TBTS (postpaid). */
public enum PaymentType {
    PREPAID,
    POSTPAID
}
