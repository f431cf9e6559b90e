package vn.mobifone.care.consultation.subscriber;

/** The lookup could not answer in time; answered 503 {@code subscriber-lookup-unavailable}, nothing is written. */
public class SubscriberLookupUnavailable extends RuntimeException {

    public static final String REASON = "subscriber-lookup-unavailable";

    SubscriberLookupUnavailable(String detail, Throwable cause) {
        super(detail, cause);
    }
}
