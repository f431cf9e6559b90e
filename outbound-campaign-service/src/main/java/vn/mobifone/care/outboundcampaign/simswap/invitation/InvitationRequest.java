package vn.mobifone.care.outboundcampaign.simswap.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** Subscribers of the SIM-swap campaign's target list to invite, a batch at a time. */
public record InvitationRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "1-64 letters, digits, '.', '_' or '-'") String campaignId,
        @NotNull @Size(min = 1, max = InvitationRequest.MAX_BATCH) List<@NotNull Msisdn> msisdns) {

    public static final int MAX_BATCH = 1000;
}
