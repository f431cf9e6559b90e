package vn.mobifone.care.outboundcampaign.script;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The package of B3: its benefits free for 30 days for the package's price (the price is paid).
 * {@code benefit} and {@code gift} are the words of seed 002's offer SMS, "MIEN PHI {benefit} …
 * TANG THEM {gift} tai cua hang MobiFone", sent when the balance does not cover the price.
 */
public record PackageOffer(
        @Schema(description = "The package code the customer texts to 999", examples = "C90N") @NotBlank @Size(max = 40) String name,
        @Schema(description = "Price for 30 days, VND", examples = "90000") @NotNull @Min(1) Long priceVnd,
        @Schema(description = "What the package gives free, as the offer SMS says it", examples = "4GB/ngay")
        @NotBlank @Size(max = 60) String benefit,
        @Schema(description = "The extra gift collected at a MobiFone store, as the offer SMS says it", examples = "1 the cao 20.000d")
        @NotBlank @Size(max = 60) String gift) {
}
