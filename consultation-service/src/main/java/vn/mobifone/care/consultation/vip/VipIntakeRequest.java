package vn.mobifone.care.consultation.vip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.consultation.promotion.PaymentType;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * What a leader gives on the call (seed 001 step 1), nothing more: the agent never asks for
 * details to verify; the checks come after the call. The stated owner name and payment type are
 * taken only when the leader says them; for a lost phone the leader's own name is the owner's.
 */
public record VipIntakeRequest(
        @NotBlank @Size(max = 200) String leaderName,
        @NotNull Msisdn callingNumber,
        @NotNull VipRequestType requestType,
        @NotNull @Schema(description = "The number the request is about (the lost phone, the blocked line)") Msisdn targetNumber,
        @NotNull @Schema(description = "The number the leader gave to be called back on") Msisdn callbackNumber,
        @Size(max = 200) @Schema(description = "Owner name of the target as the leader said it") String statedOwnerName,
        @Schema(description = "Prepaid or postpaid, as the leader said it") PaymentType statedPaymentType,
        @Size(max = 1000) @Schema(description = "What the leader asked, in the agent's words; required for OTHER") String note,
        @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "1 to 64 letters, digits, '.', '_', ':' or '-'") String callId) {
}
