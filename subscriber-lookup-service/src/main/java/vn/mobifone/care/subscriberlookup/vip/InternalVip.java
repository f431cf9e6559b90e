package vn.mobifone.care.subscriberlookup.vip;

/**
 * A company leader calling from a business number: the subscription name begins with the
 * regional service company's prefix, followed by the leader's name and job title (seed 001).
 */
public final class InternalVip {

    public static final String SUBSCRIPTION_NAME_PREFIX =
            "Công Ty Dịch Vụ MobiFone Khu Vực 2 - Chi Nhánh Tổng Công Ty Viễn Thông MobiFone -";

    private InternalVip() {
    }

    /** The prefix alone is not a leader: a name must follow it. */
    public static boolean test(String subscriptionName) {
        if (subscriptionName == null) {
            return false;
        }
        String name = subscriptionName.strip();
        return name.startsWith(SUBSCRIPTION_NAME_PREFIX) && !name.substring(SUBSCRIPTION_NAME_PREFIX.length()).isBlank();
    }
}
