package vn.mobifone.care.consultation.promotion;

/** TBTT (prepaid) or TBTS (postpaid), as the lookup names them. */
public enum PaymentType {
    PREPAID,
    POSTPAID
}
