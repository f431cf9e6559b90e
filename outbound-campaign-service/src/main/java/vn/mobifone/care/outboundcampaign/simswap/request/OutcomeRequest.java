package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the team closed the request; a refusal carries the customer's reason. */
@Schema(name = "SimSwapOutcomeRequest")
public record OutcomeRequest(@NotNull RequestStatus outcome, @Size(max = 1000) String note) {
}
