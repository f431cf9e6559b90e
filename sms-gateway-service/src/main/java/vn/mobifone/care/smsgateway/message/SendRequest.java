package vn.mobifone.care.smsgateway.message;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * A request to send one message, over HTTP or the {@code sms-requested} topic. Either a
 * {@code templateId} with its {@code parameters}, or (supervisors only) a free {@code text}.
 *
 * @param priority        0-9, higher goes first; 5 when absent
 * @param validityMinutes how long after its earliest send time the message may still go out
 */
public record SendRequest(
        @NotBlank @Size(max = 100) String idempotencyKey,
        @NotNull Msisdn msisdn,
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{2,63}$") String templateId,
        Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 500) String> parameters,
        @Size(min = 1, max = 1530) String text,
        @NotNull Channel channel,
        @Size(max = 64) String campaignId,
        @NotNull Category category,
        @Min(0) @Max(9) Integer priority,
        @Min(1) @Max(10_080) Integer validityMinutes,
        Instant scheduledAt) {

    static final int DEFAULT_PRIORITY = 5;

    int effectivePriority() {
        return priority == null ? DEFAULT_PRIORITY : priority;
    }
}
