package vn.mobifone.care.outboundcampaign.fulfilment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record FulfilmentTaskView(UUID id, UUID campaignId, long leadId, String msisdn, String kind, JsonNode details, LocalDate dueOn,
        String state, boolean overdue, Instant createdAt, Instant doneAt, String doneBy) {
}
