package vn.mobifone.care.subscriberlookup.subscriber;

/** Normal customers, official (công vụ) and business (nghiệp vụ) lines of the operator, test SIMs. */
public enum SubscriberCategory {
    NORMAL,
    OFFICIAL,
    BUSINESS,
    TEST_SIM
}
