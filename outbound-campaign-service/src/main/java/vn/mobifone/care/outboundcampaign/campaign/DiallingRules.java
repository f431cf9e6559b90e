package vn.mobifone.care.outboundcampaign.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a campaign's leads are worked: a lead left unanswered is redialled only after its delay, so
 * a list is not burnt by calling it again too soon, and at most {@code maxAttempts} times; an
 * agent's lock on a lead lapses after {@code leaseMinutes}, returning an abandoned lead.
 */
@Schema(description = "Redial delays, attempt limit and lease of a campaign's leads")
public record DiallingRules(
        @NotNull @Min(1) @Max(20) Integer maxAttempts,
        @NotNull @Min(1) @Max(10_080) Integer busyRedialMinutes,
        @NotNull @Min(1) @Max(10_080) Integer noAnswerRedialMinutes,
        @NotNull @Min(1) @Max(240) Integer leaseMinutes) {

    public static final DiallingRules DEFAULTS = new DiallingRules(3, 30, 120, 15);
}
