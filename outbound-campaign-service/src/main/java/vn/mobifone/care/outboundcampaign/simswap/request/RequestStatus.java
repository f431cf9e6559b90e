package vn.mobifone.care.outboundcampaign.simswap.request;

/** Open in a team's queue, or how it ended. */
public enum RequestStatus {
    OPEN,
    SERVED_AT_HOME,
    SERVED_AT_STORE,
    UNREACHABLE,
    REFUSED
}
