package vn.mobifone.care.consultation.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One read of the lookup under the fault-tolerance policy: each attempt bounded in time, a failed
 * or slow attempt retried (a lookup changes nothing but its audit line, so a second attempt is
 * safe), and after a run of failures the breaker opens so agents get their answer at once instead
 * of after every timeout. A 404 is an answer, not a failure. Values are overridable per
 * environment through MicroProfile Fault Tolerance's configuration keys.
 */
@ApplicationScoped
class LookupCalls {

    private final LookupClient client;

    LookupCalls(@RestClient LookupClient client) {
        this.client = client;
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = {LookupFailure.class, org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2, skipOn = LookupRefused.class)
    Optional<LookupAnswer> fetch(String msisdn, String callId, String authorization, String requestId) {
        try {
            return Optional.of(client.get(msisdn, callId, authorization, requestId));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 500) {
                throw new LookupFailure("the lookup answered " + status, e);
            }
            throw new LookupRefused(status, e);
        } catch (ProcessingException e) {
            throw new LookupFailure("the lookup could not be reached: " + e.getMessage(), e);
        }
    }

    /** The lookup failed or could not be reached; another attempt may succeed. */
    static class LookupFailure extends RuntimeException {
        LookupFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The lookup refused this request (4xx other than 404): repeating it cannot help. */
    static class LookupRefused extends RuntimeException {
        final int status;

        LookupRefused(int status, Throwable cause) {
            super("the lookup refused the request with " + status, cause);
            this.status = status;
        }
    }
}
