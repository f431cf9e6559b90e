package vn.mobifone.care.smsgateway.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;

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
        String reason,
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
