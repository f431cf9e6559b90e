package vn.mobifone.care.consultation.subscriber;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** {@code subscriber-lookup-service}'s lookup, as its contract publishes it. */
@RegisterRestClient(configKey = "subscriber-lookup")
@Path("/subscribers")
@Produces(MediaType.APPLICATION_JSON)
public interface LookupClient {

    @GET
    @Path("/{msisdn}")
    LookupAnswer get(@PathParam("msisdn") String msisdn, @QueryParam("callId") String callId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("X-Request-Id") String requestId);
}
