package vn.mobifone.care.outboundcampaign.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A broadcast and its progress: messages requested of the recipients (the campaign's leads). */
public record BroadcastView(UUID id, UUID campaignId, String templateId, @Schema(enumeration = {"SMS", "ZALO"}) String channel, LocalDate sendOn, Instant scheduledAt,
        @Schema(enumeration = {"RUNNING", "DONE", "FAILED"}) String state,
        long recipients, long requested, String error, Instant createdAt, Instant finishedAt) {
}
