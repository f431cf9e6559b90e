package vn.mobifone.care.smsgateway.delivery;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.mobifone.care.smsgateway.encoding.TextEncoding;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;

/**
 * A message claimed for sending, with what a channel needs. {@code submittedSeqs} are the parts
 * the SMSC already acknowledged in an earlier attempt: they are not sent again.
 */
public record Dispatch(
        UUID messageId,
        String idempotencyKey,
        String msisdn,
        Channel channel,
        Category category,
        String campaignId,
        String brandname,
        String body,
        TextEncoding encoding,
        int partCount,
        int concatRef,
        Instant validUntil,
        int attempts,
        Set<Integer> submittedSeqs) {
}
