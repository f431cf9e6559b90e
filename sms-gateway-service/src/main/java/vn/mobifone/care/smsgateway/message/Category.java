package vn.mobifone.care.smsgateway.message;

/** Why a message is sent; only ADVERTISING is held to the opt-out list and the 07:00-22:00 window. */
public enum Category {
    CARE,
    TRANSACTIONAL,
    ADVERTISING
}
