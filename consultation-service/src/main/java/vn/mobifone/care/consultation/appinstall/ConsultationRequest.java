package vn.mobifone.care.consultation.appinstall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * The agent ticked the box and saved. {@code idempotencyKey}: the frontend's key for this save, so
 * a retry finds the same consultation; {@code line} defaults to 1090, {@code callReason} to
 * SERVICE_ENQUIRY.
 */
public record ConsultationRequest(
        @NotNull Msisdn msisdn,
        @NotNull Channel channel,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String callId,
        @NotBlank @Size(max = 100) String idempotencyKey,
        @Pattern(regexp = Line.PATTERN) String line,
        CallReason callReason,
        Set<@NotNull CallFlag> flags) {
}
