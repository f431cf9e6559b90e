package vn.mobifone.care.outboundcampaign.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new campaign; without targeting or dialling rules it gets its type's defaults. */
public record CampaignRequest(
        @NotNull CampaignType type,
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Schema(description = "Calls start at this local time of the customer", examples = "08:00")
        @NotNull @Pattern(regexp = TIME) String windowStart,
        @Schema(description = "No call after this local time of the customer", examples = "20:00")
        @NotNull @Pattern(regexp = TIME) String windowEnd,
        @Valid TargetingRules targeting,
        @Valid DiallingRules dialling) {

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
}
