package vn.mobifone.care.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ProblemMappers;

/**
 * The query and path parameters of every request are held to {@link TextRules} before a resource
 * sees them, as JSON texts are by {@link StrictJson}: {@code ?campaignId=%00} is a 400, never a
 * 500 from the database.
 */
public class ParameterTextFilter {

    @ServerRequestFilter
    public Response refuseControlCharacters(ContainerRequestContext request, UriInfo uri) {
        InvalidInput refused = firstRefused(uri.getQueryParameters());
        if (refused == null) {
            refused = firstRefused(uri.getPathParameters());
        }
        return refused == null ? null : ProblemMappers.problemFor(refused, uri);
    }

    private static InvalidInput firstRefused(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                String refusal = TextRules.refusal(value);
                if (refusal != null) {
                    return new InvalidInput(p.getKey(), refusal);
                }
            }
            String refusal = TextRules.refusal(p.getKey());
            if (refusal != null) {
                return new InvalidInput("query", refusal);
            }
        }
        return null;
    }
}
