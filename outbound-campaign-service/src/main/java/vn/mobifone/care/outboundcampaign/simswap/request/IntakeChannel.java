package vn.mobifone.care.outboundcampaign.simswap.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a SIM-swap request came in (seed 003 section 2). */
@Schema(name = "SimSwapChannel")
public enum IntakeChannel {
    /** The request page http://yeucauthaysim4G.mobifone.vn. */
    WEB_FORM,
    MY_MOBIFONE,
    CHAT,
    /** Facebook, Zalo or the fanpage. */
    SOCIAL_PAGE,
    /** A Yes answer to the Liveinfo push; the chatbox took the address. */
    PUSH_REPLY,
    /** An agent on 9090 typing the request for the caller. */
    HOTLINE_9090
}
