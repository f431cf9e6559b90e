package vn.mobifone.care.smsgateway.delivery;

import java.time.Instant;

/** A part the SMSC acknowledged, under the id its receipt will carry. */
public record SubmittedPart(int seq, String smscMessageId, Instant submittedAt) {
}
