package vn.mobifone.care.outboundcampaign.campaign;

/** The two outbound programmes of the regional companies (seeds 002 and 003). */
public enum CampaignType {
    HIGH_ARPU_CARE,
    SIM_4G_SWAP
}
