package vn.mobifone.care.smsgateway.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message as callers see it: the rendered text, how it travels, where it stands, per part. */
public record MessageView(
        UUID id,
        String idempotencyKey,
        Msisdn msisdn,
        Channel channel,
        Category category,
        String campaignId,
        String templateId,
        String brandname,
        String text,
        TextEncoding encoding,
        int partCount,
        int priority,
        MessageStatus status,
        @Schema(description = "Why the message stands where it is, null while it goes well: cap-exceeded, opted-out, validity-elapsed,"
                + " advertising-window, receipt-validity-elapsed, smsc-id-reused, undelivered-<SMSC error>, <cause>-retries-exhausted;"
                + " open-ended, since the SMSC's errors are carried through", nullable = true, examples = "validity-elapsed") String reason,
        Instant notBefore,
        Instant validUntil,
        int attempts,
        Instant createdAt,
        Instant updatedAt,
        List<PartView> parts) {

    static MessageView of(Message m, List<MessagePart> parts) {
        return new MessageView(m.id, m.idempotencyKey, m.msisdn, m.channel, m.category, m.campaignId, m.templateId, m.brandname,
                m.body, m.encoding, m.partCount, m.priority, m.status, m.reason, m.notBefore, m.validUntil, m.attempts,
                m.createdAt, m.updatedAt, parts.stream().map(PartView::of).toList());
    }
}
