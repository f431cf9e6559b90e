package vn.mobifone.care.outboundcampaign.campaign;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who a campaign calls, as data: each condition that is {@code null} does not apply. The DNC list
 * is always left out. {@code churnRiskThreshold} only orders the queue: subscribers at or above it
 * are called first.
 */
@Schema(description = "Targeting rules; a null condition does not apply, the DNC list is always left out")
public record TargetingRules(
        @Schema(description = "Only two-way active (2C) subscribers") Boolean twoWayActive,
        @Schema(description = "Seen on the network on at least this many of the last 7 days") @Min(0) @Max(7) Integer minVlrDaysLast7,
        @Schema(description = "ARPU at least this, in VND") @Min(0) Long minArpuVnd,
        @Schema(description = "Only subscribers with (true) or without (false) a 4G SIM") Boolean sim4g,
        @Schema(description = "Only subscribers of these provinces (a regional company's area); empty or null: all")
        @Size(max = 63) List<@Size(min = 1, max = 100) String> provinces,
        @Schema(description = "Names of the exclusion lists whose numbers are left out")
        @NotNull @Size(max = 20) List<@Pattern(regexp = ListNames.PATTERN) String> exclusionLists,
        @Schema(description = "Subscribers whose churn risk is at least this are called first")
        @NotNull @DecimalMin("0") @DecimalMax("1") Double churnRiskThreshold) {

    /** Seed 002: premium customers already called in wave 1 and long-term customers are left out. */
    public static final String WAVE1_PREMIUM = "khcc-wave-1";
    public static final String LONG_TERM = "long-term-customers";

    public static TargetingRules defaultsFor(CampaignType type) {
        return switch (type) {
            case HIGH_ARPU_CARE -> new TargetingRules(true, 4, 150_000L, null, null, List.of(WAVE1_PREMIUM, LONG_TERM), 0.7);
            case SIM_4G_SWAP -> new TargetingRules(true, null, null, false, null, List.of(), 0.7);
        };
    }
}
