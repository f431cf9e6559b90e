package vn.mobifone.care.subscriberlookup.subscriber;

/** Line status in billing: 2C is two-way active; one-way blocked still receives calls. */
public enum SubscriberStatus {
    ACTIVE_2C,
    ONE_WAY_BLOCKED,
    BLOCKED,
    CANCELLED
}
