package vn.mobifone.care.consultation.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.web.RequestIdFilter;

/**
 * Reads subscribers from {@code subscriber-lookup-service} with the calling agent's own token and
 * call id, so each read of personal data is audited there under the agent who made it.
 */
@ApplicationScoped
public class SubscriberDirectory {

    /** The 409 answers of an operation that reads the subscriber from the lookup, as its contract lists them. */
    public static final String CONFLICTS = "decree49-acknowledgement-required: acknowledge the lookup's Decree-49 warning on this call first;"
            + " subscriber-lookup-refused: the subscriber lookup refused the read under the caller's token, nothing was recorded";

    private final LookupCalls calls;
    private final JsonWebToken token;

    SubscriberDirectory(LookupCalls calls, JsonWebToken token) {
        this.calls = calls;
        this.token = token;
    }

    /**
     * The subscriber for this call; a number the base does not hold comes back {@code inBase = false}.
     *
     * @throws SubscriberLookupUnavailable when the lookup is down, slow or its breaker is open
     */
    public Subscriber read(Msisdn msisdn, String callId) {
        String authorization = "Bearer " + token.getRawToken();
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        try {
            return calls.fetch(msisdn.value(), callId, authorization, requestId == null ? null : requestId.toString())
                    .map(answer -> Subscriber.of(msisdn, answer))
                    .orElseGet(() -> Subscriber.notInBase(msisdn));
        } catch (LookupCalls.LookupRefused e) {
            throw new ResourceConflict("subscriber-lookup-refused", "The subscriber lookup refused the read of " + msisdn
                    + " with " + e.status + "; nothing was recorded");
        } catch (LookupCalls.LookupFailure | TimeoutException | CircuitBreakerOpenException e) {
            throw unavailable(msisdn, e);
        }
    }

    /**
     * A MobiFone subscriber whose record the lookup shows on this call, for the guidance that reads
     * it: another network's number is refused (422 {@code other-network}), and the lookup's
     * Decree-49 pop-up stays the gate (409 {@code decree49-acknowledgement-required}).
     */
    public Subscriber readShownMobiFone(Msisdn msisdn, String callId) {
        Subscriber subscriber = read(msisdn, callId);
        if (subscriber.otherNetwork()) {
            throw new BusinessRuleViolation("other-network", "Subscriber " + msisdn + " is not a MobiFone subscription");
        }
        if (subscriber.acknowledgementRequired()) {
            throw new ResourceConflict("decree49-acknowledgement-required", "Subscriber " + msisdn
                    + " lacks Decree-49 information: acknowledge the lookup's warning for this call first");
        }
        return subscriber;
    }

    private static SubscriberLookupUnavailable unavailable(Msisdn msisdn, RuntimeException cause) {
        return new SubscriberLookupUnavailable("The subscriber lookup could not answer for " + msisdn + " (" + cause.getMessage()
                + "); nothing was recorded, try again in a moment", cause);
    }
}
