package vn.mobifone.care.outboundcampaign.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A broadcast and its progress: messages requested of the recipients (the campaign's leads). */
public record BroadcastView(UUID id, UUID campaignId, String templateId, String channel, LocalDate sendOn, Instant scheduledAt, String state,
        long recipients, long requested, String error, Instant createdAt, Instant finishedAt) {
}
