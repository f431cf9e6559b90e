package vn.mobifone.care.smsgateway.message;

import java.time.Instant;

public record PartView(int seq, String smscMessageId, MessagePart.State state, String error, Instant submittedAt, Instant completedAt) {

    static PartView of(MessagePart p) {
        return new PartView(p.seq, p.smscMessageId, p.state, p.error, p.submittedAt, p.completedAt);
    }
}
