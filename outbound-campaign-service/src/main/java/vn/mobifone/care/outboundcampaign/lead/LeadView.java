package vn.mobifone.care.outboundcampaign.lead;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the agent dials it: who to greet, what the script may offer, until when it is theirs. */
public record LeadView(
        long id,
        UUID campaignId,
        String msisdn,
        @Schema(enumeration = {"QUEUED", "LEASED", "DONE", "EXHAUSTED", "SKIPPED"}) String state,
        int attempts,
        String leasedBy,
        Instant leaseUntil,
        Instant callbackAt,
        String callbackAgent,
        Customer customer) {

    /** What the projection knows of the subscriber when the lead is handed out. */
    public record Customer(String name, String paymentType, String deviceType, boolean appInstalled, long arpuVnd, boolean atRisk,
            long loyaltyPoints, String kndlTier, boolean kndlMember, boolean joinedPointsProgramme2022, String currentPackage,
            long mainBalanceVnd, String identityState, List<String> mvasUnusedTwoMonths, String province, String district, String ward) {
    }
}
