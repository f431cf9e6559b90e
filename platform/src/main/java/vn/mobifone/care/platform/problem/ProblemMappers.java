package vn.mobifone.care.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into an RFC 7807 body; nothing else ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.of(400, "validation", "Invalid request", detail)
                .withReason("validation-failed").withViolations(violations), uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri) {
        return problemFor(e, uri);
    }

    /** The 400 answer for one invalid field, also for filters that refuse a request before it is matched to a resource. */
    public static Response problemFor(InvalidInput e, UriInfo uri) {
        return respond(Problem.of(400, "validation", "Invalid request", e.field() + ": " + e.getMessage())
                .withReason("validation-failed")
                .withViolations(List.of(new Problem.Violation(e.field(), e.getMessage()))), uri);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        InvalidInput cause = findCause(e, InvalidInput.class);
        if (cause != null) {
            String field = e instanceof JsonMappingException m ? jsonPath(m) : cause.field();
            return invalidInput(new InvalidInput(field.isEmpty() ? cause.field() : field, cause.getMessage()), uri);
        }
        if (e instanceof JsonMappingException m && !jsonPath(m).isEmpty()) {
            String field = jsonPath(m);
            return invalidInput(new InvalidInput(field, expected(m)), uri);
        }
        String detail = e instanceof StreamReadException read && read.getMessage() != null && read.getMessage().startsWith("Duplicate field")
                ? "A key appears twice in an object"
                : "The body is not one well-formed JSON document";
        return respond(Problem.of(400, "malformed-body", "Malformed request body", detail)
                .withReason("malformed-body"), uri);
    }

    /** Jackson's own, more specific mapper would otherwise answer an unknown enum constant without a problem body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response businessRule(BusinessRuleViolation e, UriInfo uri) {
        return respond(Problem.of(422, "business-rule", "Refused by a business rule", e.getMessage())
                .withReason(e.reason()), uri);
    }

    @ServerExceptionMapper
    public Response conflict(ResourceConflict e, UriInfo uri) {
        return respond(Problem.of(409, "conflict", "Conflict", e.getMessage()).withReason(e.reason()), uri);
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFound e, UriInfo uri) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage()).withReason("not-found"), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "unauthenticated", "Authentication required",
                "A valid bearer token is required").withReason("unauthenticated"), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "Your role does not allow this operation").withReason("forbidden"), uri);
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDenied e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", e.getMessage()).withReason(e.reason()), uri);
    }

    /**
     * What a field of the wrong type should have been, in the API's spelling: an enum's accepted
     * values as the contract writes them, a whole number, a text.
     */
    private static String expected(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class || target == short.class
                || target == Short.class) {
            return "must be a whole number";
        }
        if (target == String.class) {
            return "must be a text";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        return "has a wrong type or format";
    }

    /**
     * A query or path parameter that cannot be converted to its type: the JAX-RS rule makes that a
     * 404, as if the resource did not exist; the client sent a bad value, which is a 400 here.
     */
    private static Response unconvertibleParameter(Throwable cause, UriInfo uri) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        String field = "parameter";
        for (MultivaluedMap<String, String> parameters : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
            for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
                if (p.getValue().stream().anyMatch(v -> !v.isEmpty() && message.contains(v))) {
                    field = p.getKey();
                }
            }
        }
        return problemFor(new InvalidInput(field, "has a wrong type or format"), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // Parameter converters and body readers wrap the real cause: answer for the cause.
        JsonProcessingException unreadable = findCause(e, JsonProcessingException.class);
        if (unreadable != null) {
            return unreadableBody(unreadable, uri);
        }
        InvalidInput invalid = findCause(e, InvalidInput.class);
        if (invalid != null) {
            return invalidInput(invalid, uri);
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException
                || e instanceof NotFoundException && e.getCause() instanceof java.time.format.DateTimeParseException) {
            return unconvertibleParameter(e.getCause(), uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        Problem problem = Problem.of(status, "http-" + status, title, e.getMessage());
        return respond(status == 406 ? problem.withReason("not-acceptable") : status == 415 ? problem.withReason("unsupported-media-type") : problem, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "The request could not be completed; quote the errorId to support").withErrorId(errorId), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getPath()))
                .build();
    }

    /** The request's field name: the last node of the path, after the method and parameter nodes. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        return nodes.stream()
                .filter(n -> n.getKind() != jakarta.validation.ElementKind.METHOD
                        && n.getKind() != jakarta.validation.ElementKind.CROSS_PARAMETER)
                .skip(nodes.size() > 2 ? 1 : 0)
                .map(Path.Node::toString)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("."));
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
