package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hands an open request to another team of the province (seed 003: store, agent or rapid-response team). */
@Schema(name = "SimSwapTransferRequest")
public record TransferRequest(@NotBlank @Size(max = 40) String teamCode, @NotBlank @Size(max = 1000) String reason) {
}
