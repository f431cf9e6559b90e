package vn.mobifone.care.consultation.promotion;

/** What the promotion rules need to know of the subscriber, as the lookup answered it. */
public record AdviceSubject(PaymentType paymentType, long arpuVnd, String currentPackage, boolean premium) {
}
