package vn.mobifone.care.smsgateway.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.mobifone.care.platform.work.Backoff;

/** How a message is tried again: the platform's backoff between {@code min} and {@code max}, over at most {@code maxAttempts} tries. */
public record RetryPolicy(Duration min, Duration max, int maxAttempts) {

    /** The wait before attempt {@code attempt + 1} after {@code attempt} failed ones; empty when no try is left. */
    public Optional<Duration> after(int attempt) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(new Backoff(min, max).after(attempt));
    }

    /** After a transient failure: try again later, or fail the message once no try is left. */
    public DeliveryOutcome.OfDispatch retryOrFail(Dispatch d, List<SubmittedPart> parts, String reason) {
        return after(d.attempts() + 1).<DeliveryOutcome.OfDispatch>map(wait -> new DeliveryOutcome.Retry(d, parts, reason, wait))
                .orElseGet(() -> new DeliveryOutcome.Failed(d, parts, reason + "-retries-exhausted"));
    }
}
