package vn.mobifone.care.outboundcampaign.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign's results: leads worked and reached, the outcomes, why customers refused, gifts and
 * packages converted, and how often each script content was offered on agreed calls. A lead is
 * reached when a call spoke to the customer (callback, not interested, do-not-call, agreed);
 * the contact rate is reached over leads attempted.
 */
public record CampaignReport(UUID campaignId, long leads, long leadsAttempted, long attempts, long reached, double contactRate,
        long wrongPerson, Map<String, Long> outcomes, List<ReasonCount> refusalReasons, long mnpOut, Map<String, Long> gifts,
        long packagesConverted, long agreedCalls, Map<String, Long> contentsOffered) {

    public record ReasonCount(String reason, long calls) {
    }

    /** One agent's share of a campaign. */
    public record AgentLine(String agentId, long attempts, long leadsReached, double contactRate, long agreed, long notInterested,
            long callbacks, long busyOrNoAnswer, long doNotCall, long packagesConverted) {
    }

    /** A customer who was not interested, for the MNP-out report of the regional company. */
    public record MnpOutLine(String msisdn, String agentId, String reason, boolean portingOut, java.time.Instant calledAt) {
    }
}
