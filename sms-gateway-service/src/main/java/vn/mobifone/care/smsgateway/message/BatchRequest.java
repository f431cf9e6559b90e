package vn.mobifone.care.smsgateway.message;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Up to {@value #MAX_MESSAGES} send requests in one call, each as {@code POST /messages} takes it,
 * with its own idempotency key. The list itself is checked as a whole (present, not empty, not
 * too long, no null entry); each message's own fields are checked one by one and answered per item.
 */
@Schema(name = "BatchRequest")
public record BatchRequest(
        @Schema(description = "The messages, answered in this order", maxItems = MAX_MESSAGES, minItems = 1)
        @NotNull @Size(min = 1, max = MAX_MESSAGES) List<@NotNull SendRequest> messages) {

    /** Enough to amortise a request and a commit over many messages, small enough for a 1 MiB body and a short transaction. */
    public static final int MAX_MESSAGES = 500;
}
