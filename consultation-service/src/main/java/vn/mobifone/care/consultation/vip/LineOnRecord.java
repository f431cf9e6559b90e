package vn.mobifone.care.consultation.vip;

import vn.mobifone.care.consultation.promotion.PaymentType;

/**
 * What the lookup answered about one number, as far as the after-call check needs it.
 * {@code withheld}: the record exists but its Decree-49 identity is incomplete, so the lookup
 * did not disclose it.
 */
public record LineOnRecord(boolean found, boolean withheld, boolean internalVip, String ownerName, PaymentType paymentType,
        String status) {

    public static LineOnRecord notFound() {
        return new LineOnRecord(false, false, false, null, null, null);
    }

    public static LineOnRecord identityWithheld() {
        return new LineOnRecord(true, true, false, null, null, null);
    }

    public static LineOnRecord shown(boolean internalVip, String ownerName, PaymentType paymentType, String status) {
        return new LineOnRecord(true, false, internalVip, ownerName, paymentType, status);
    }
}
