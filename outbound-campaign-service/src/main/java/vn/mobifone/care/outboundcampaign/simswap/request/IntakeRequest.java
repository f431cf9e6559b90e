package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * A request from any channel. {@code idempotencyKey} is the channel's own reference of the
 * submission (form id, chat session, push message and number, call id): sending it again gets
 * the request already taken.
 */
@Schema(name = "SimSwapIntakeRequest")
public record IntakeRequest(
        @NotBlank @Size(max = 100) String idempotencyKey,
        @NotNull IntakeChannel channel,
        @NotNull RequestType requestType,
        @NotNull Msisdn msisdn,
        @Size(max = 200) String customerName,
        @NotNull @Valid Address address,
        @Size(max = 1000) String note) {
}
