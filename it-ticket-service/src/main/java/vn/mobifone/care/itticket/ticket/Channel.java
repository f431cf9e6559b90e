package vn.mobifone.care.itticket.ticket;

/** Where an enterprise customer's request came in (seed 004, step 1.1). */
public enum Channel {
    LETTER,
    FAX,
    WEB_PORTAL,
    MY_MOBIFONE,
    EMAIL,
    HOTLINE_9090,
    HOTLINE_18001090,
    ACCOUNT_MANAGER,
    ENTERPRISE_STAFF
}
