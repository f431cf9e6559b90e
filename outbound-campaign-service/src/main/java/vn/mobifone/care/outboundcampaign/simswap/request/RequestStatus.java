package vn.mobifone.care.outboundcampaign.simswap.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open in a team's queue, or how it ended. */
@Schema(name = "SimSwapRequestStatus")
public enum RequestStatus {
    OPEN,
    SERVED_AT_HOME,
    SERVED_AT_STORE,
    UNREACHABLE,
    REFUSED
}
