package vn.mobifone.care.outboundcampaign.script;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The package of B3: its benefits free for 30 days for the package's price (the price is paid). */
public record PackageOffer(@NotBlank @Size(max = 40) String name, @NotNull @Min(1) Long priceVnd) {
}
