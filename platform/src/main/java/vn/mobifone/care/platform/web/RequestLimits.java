package vn.mobifone.care.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mobifone.care.platform.problem.Problem;

/**
 * Size limits of a request, answered with a problem body like every other refusal. The HTTP
 * layer's own limits ({@code quarkus.http.limits}) are set well above these and answer with an
 * empty body, so they only catch what is far out of bounds; these catch the rest, before routing:
 * a URI longer than {@code care.http.max-uri-length} (414), headers larger than
 * {@code care.http.max-header-bytes} (431), a JSON body declared larger than
 * {@code care.http.max-json-body-bytes} (413; CSV uploads keep the service's larger
 * {@code quarkus.http.limits.max-body-size}), and a {@code Content-Length} that is not a number (400).
 * A body sent in chunks declares no length: it is read here up to the same limit (the REST layer then
 * takes it as read), and one that goes beyond is the same 413 problem, not the HTTP layer's empty 413.
 */
@ApplicationScoped
public class RequestLimits {

    private final ObjectMapper json;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxJsonBodyBytes;

    public RequestLimits(ObjectMapper json, @ConfigProperty(name = "care.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "care.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes,
            @ConfigProperty(name = "care.http.max-json-body-bytes", defaultValue = "1048576") long maxJsonBodyBytes) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxJsonBodyBytes = maxJsonBodyBytes;
    }

    void install(@Observes Router router) {
        BodyHandler chunkedJson = BodyHandler.create(false).setBodyLimit(maxJsonBodyBytes).setMergeFormAttributes(false);
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (chunkedJson(context.request())) {
                chunkedJson.handle(context);
            } else {
                context.next();
            }
        }).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().ended()) {
                refuse(context, 413, "body-too-large", "Request body too large", "A body of this endpoint may hold at most " + maxJsonBodyBytes + " bytes");
            } else {
                context.next();
            }
        });
    }

    /** A body in chunks, so without a declared length, that is not a CSV upload. */
    private static boolean chunkedJson(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                && !csv(request);
    }

    private static boolean csv(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase().startsWith("text/csv");
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, 414, "uri-too-long", "URI too long", "The request's URI is longer than " + maxUriLength + " characters");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(context, 431, "headers-too-large", "Request header fields too large", "The request's headers exceed " + maxHeaderBytes + " bytes");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(context, 400, "malformed-request", "Malformed request", "Content-Length is not a number");
                return;
            }
            if (!csv(request) && declared > maxJsonBodyBytes) {
                refuse(context, 413, "body-too-large", "Request body too large", "A body of this endpoint may hold at most " + maxJsonBodyBytes + " bytes");
                return;
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, int status, String reason, String title, String detail) {
        Problem problem = Problem.of(status, reason, title, detail).withReason(reason).withInstance(context.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + ",\"reason\":\"" + reason + "\"}";
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
