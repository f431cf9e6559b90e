package vn.mobifone.care.itticket.ticket;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.mobifone.care.platform.problem.Problem;

/**
 * The caller's role may use the endpoint, but not on a ticket held by another tier (answered 403
 * with a stable reason, where the platform's 403 only says {@code forbidden}).
 */
public class TierForbidden extends RuntimeException {

    private final String reason;

    public TierForbidden(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public static class Mapper {

        @ServerExceptionMapper
        public Response forbidden(TierForbidden e, UriInfo uri) {
            return Response.status(Response.Status.FORBIDDEN).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(403, "forbidden", "Forbidden", e.getMessage()).withReason(e.reason()).withInstance(uri.getPath()))
                    .build();
        }
    }
}
