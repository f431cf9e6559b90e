package vn.mobifone.care.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 7807 problem body, as every service answers an error. {@code reason} is the stable,
 * machine-readable code integrators switch on; {@code title} and {@code detail} are for people.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 7807 problem details", requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(example = "https://care.mobifone.vn/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        String detail,
        String instance,
        @Schema(description = "Machine-readable reason code", example = "outside-call-window") String reason,
        @Schema(description = "Correlates with the server log of an unexpected error") String errorId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://care.mobifone.vn/problems/";

    /** One invalid field of a request. */
    @Schema(name = "Violation", requiredProperties = {"field", "message"})
    public record Violation(@Schema(example = "msisdn") String field, String message) {
    }

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPE_BASE + kind, title, status, detail, null, null, null, null);
    }

    public Problem withReason(String reasonCode) {
        return new Problem(type, title, status, detail, instance, reasonCode, errorId, violations);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, reason, errorId, violations);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, reason, id, violations);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, reason, errorId, list);
    }
}
