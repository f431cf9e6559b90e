package vn.mobifone.care.outboundcampaign.simswap.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the customer asks for on the request page (seed 003 section 4). */
@Schema(name = "SimSwapRequestType")
public enum RequestType {
    NEW_SUBSCRIPTION,
    SIM_SWAP,
    PRODUCT_ADVICE
}
