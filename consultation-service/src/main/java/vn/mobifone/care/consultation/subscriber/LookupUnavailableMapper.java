package vn.mobifone.care.consultation.subscriber;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.mobifone.care.platform.problem.Problem;

/** 503 with the platform's problem body, and when to try again: about when an open breaker closes. */
public class LookupUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(SubscriberLookupUnavailable e, UriInfo uri) {
        Problem problem = Problem.of(503, "service-unavailable", "Subscriber lookup unavailable", e.getMessage())
                .withReason(SubscriberLookupUnavailable.REASON)
                .withInstance(uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5").entity(problem).build();
    }
}
