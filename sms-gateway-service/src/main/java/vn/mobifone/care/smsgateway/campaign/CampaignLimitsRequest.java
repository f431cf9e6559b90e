package vn.mobifone.care.smsgateway.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign's limits as its owner sets them; an absent field sets no limit of that kind. */
public record CampaignLimitsRequest(
        @Schema(description = "ADVERTISING SMS of the campaign per subscriber (seed 002: 2); absent: no cap", examples = "2")
        @Min(0) @Max(100) Integer smsPerSubscriber,
        @Schema(description = "ADVERTISING Zalo messages of the campaign per subscriber (seed 002: 1); absent: no cap", examples = "1")
        @Min(0) @Max(100) Integer zaloPerSubscriber,
        @Schema(description = "Local days (Asia/Ho_Chi_Minh) the campaign sends on (seed 002: 2022-10-28, 2022-10-30); absent: any day")
        @Size(max = 366) List<@NotNull LocalDate> sendDates) {

    CampaignLimits limits() {
        return new CampaignLimits(smsPerSubscriber, zaloPerSubscriber, sendDates);
    }
}
