package vn.mobifone.care.outboundcampaign.simswap.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The local authority through which the customers of a quarantined area are reached. */
public record QuarantineRequest(
        @NotBlank @Size(max = 200) String authorityName,
        @NotBlank @Pattern(regexp = "\\+?[0-9 .()-]{3,20}", message = "a phone number") String authorityPhone,
        @Size(max = 500) String note) {
}
