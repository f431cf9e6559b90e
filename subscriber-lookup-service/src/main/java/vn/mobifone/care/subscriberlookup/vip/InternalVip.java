package vn.mobifone.care.subscriberlookup.vip;

import vn.mobifone.care.subscriberlookup.subscriber.BillingText;

/**
 * A company leader calling from a business number: the subscription name begins with the
 * regional service company's prefix, followed by the leader's name and job title (seed 001).
 * Compared on {@link BillingText#key}: billing writes the same prefix in several forms.
 */
public final class InternalVip {

    public static final String SUBSCRIPTION_NAME_PREFIX =
            "Công Ty Dịch Vụ MobiFone Khu Vực 2 - Chi Nhánh Tổng Công Ty Viễn Thông MobiFone -";

    private static final String PREFIX_KEY = BillingText.key(SUBSCRIPTION_NAME_PREFIX);

    private InternalVip() {
    }

    /** The prefix alone is not a leader: a name must follow it. */
    public static boolean test(String subscriptionName) {
        String name = BillingText.key(subscriptionName);
        return name != null && name.startsWith(PREFIX_KEY) && !name.substring(PREFIX_KEY.length()).isBlank();
    }
}
