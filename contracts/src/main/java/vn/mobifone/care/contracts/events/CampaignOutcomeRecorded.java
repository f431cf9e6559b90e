package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The result of one outbound call of a campaign (agreed, refused with a reason, callback...). */
public record CampaignOutcomeRecorded(
        UUID eventId,
        Instant occurredAt,
        int version,
        String campaignId,
        String msisdn,
        String agentId,
        String outcome,
        String reason) implements CareEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return msisdn;
    }
}
