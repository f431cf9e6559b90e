package vn.mobifone.care.outboundcampaign.simswap.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a request reached its team. */
@Schema(name = "SimSwapRoute")
public enum Route {
    /** The team covering the customer's ward, else district. */
    AREA_TEAM,
    /** No local team covers the address: the province's rapid-response team. */
    RAPID_RESPONSE,
    /** The address is quarantined: the rapid-response team serves it through the local authority. */
    LOCAL_AUTHORITY,
    /** Handed on by the team it was routed to. */
    TRANSFERRED
}
