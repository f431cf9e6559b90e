package vn.mobifone.care.smsgateway.message;

import java.time.Instant;

/** A part under the id the SMSC (account {@code smscAccount}) gave it; ids repeat across accounts and time. */
public record PartView(int seq, String smscAccount, String smscMessageId, MessagePart.State state, String error, Instant submittedAt,
        Instant completedAt) {

    static PartView of(MessagePart p) {
        return new PartView(p.seq, p.smscAccount, p.smscMessageId, p.state, p.error, p.submittedAt, p.completedAt);
    }
}
