package vn.mobifone.care.smsgateway.delivery;

import java.time.Instant;

/**
 * A part the SMSC acknowledged, under the id its receipt will carry on that account.
 * {@code submittedAt} is when the submit_sm went out: its receipt can only come after it.
 */
public record SubmittedPart(int seq, String smscAccount, String smscMessageId, Instant submittedAt) {

    public SmscId smscId() {
        return new SmscId(smscAccount, smscMessageId);
    }
}
