package vn.mobifone.care.platform.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.mobifone.care.platform.problem.Problem;

/**
 * A resource that does not name its media types speaks JSON, and holds callers to it as one that
 * declares {@code @Produces}/{@code @Consumes(APPLICATION_JSON)} is held by the REST layer: an
 * {@code Accept} that takes no JSON is a 406 problem, a body of another type a 415 problem. Without
 * this, such a resource answered JSON to {@code Accept: text/xml} and read a {@code text/plain} body,
 * where the resources that declare their types refuse both: the contract says JSON either way.
 */
public class JsonMediaTypes {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public void holdToJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (!declares(method, resource.getResourceClass(), Produces.class)
                && request.getAcceptableMediaTypes().stream().noneMatch(JsonMediaTypes::takesJson)) {
            throw new NotAcceptableException("This operation answers application/json; the Accept header takes none of it");
        }
        MediaType sent = request.getMediaType();
        if (sent != null && WITH_BODY.contains(request.getMethod()) && !declares(method, resource.getResourceClass(), Consumes.class)
                && !sent.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException("This operation takes an application/json body, not " + sent.getType() + "/" + sent.getSubtype());
        }
    }

    private static boolean takesJson(MediaType accepted) {
        return accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) || accepted.isCompatible(PROBLEM);
    }

    private static boolean declares(Method method, Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        return present(method, annotation) || present(type, annotation);
    }

    private static boolean present(AnnotatedElement element, Class<? extends java.lang.annotation.Annotation> annotation) {
        return element != null && element.isAnnotationPresent(annotation);
    }
}
