package vn.mobifone.care.outboundcampaign.fulfilment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record FulfilmentTaskView(UUID id, UUID campaignId, long leadId, String msisdn, String kind, JsonNode details, LocalDate dueOn,
        @Schema(enumeration = {"OPEN", "DONE"}) String state, boolean overdue, Instant createdAt, Instant doneAt, String doneBy) {
}
