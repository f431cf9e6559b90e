package vn.mobifone.care.outboundcampaign.script;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The gift chosen in B2: a physical gift (delivered to {@code deliveryAddress}, or collected at the
 * store of {@code district}, by ARPU) or the insurance gift ({@code vehicleRegistration} for the e-policy).
 */
public record GiftChoice(@NotNull GiftKind kind, @NotBlank @Size(max = 100) String name, @Size(max = 300) String deliveryAddress,
        @Size(max = 100) String district, @Size(max = 300) String vehicleRegistration) {

    public enum GiftKind {
        PHYSICAL, INSURANCE
    }
}
