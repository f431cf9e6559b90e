package vn.mobifone.care.outboundcampaign.simswap.request;

/** What the customer asks for on the request page (seed 003 section 4). */
public enum RequestType {
    NEW_SUBSCRIPTION,
    SIM_SWAP,
    PRODUCT_ADVICE
}
