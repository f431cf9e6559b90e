package vn.mobifone.care.outboundcampaign.targeting;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target generation run and how far it got: subscribers of the projection examined out of all, leads added. */
public record TargetGenerationView(UUID id, UUID campaignId, @Schema(enumeration = {"RUNNING", "DONE", "FAILED"}) String state, long rowsTotal, long rowsDone, long leadsAdded,
        String error, String startedBy, Instant startedAt, Instant finishedAt) {
}
