package vn.mobifone.care.outboundcampaign.simswap.invitation;

import java.util.List;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * {@code requested}: invitations asked of the SMS gateway (a number invited before in the
 * campaign is asked again under the same key, which the gateway answers with the message it
 * already has); {@code skipped}: other networks' numbers, which have no SIM of ours to swap.
 */
public record InvitationReport(String campaignId, String templateId, int requested, List<Msisdn> skipped) {
}
