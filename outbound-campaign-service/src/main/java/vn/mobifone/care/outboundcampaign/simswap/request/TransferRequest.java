package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Hands an open request to another team of the province (seed 003: store, agent or rapid-response team). */
public record TransferRequest(@NotBlank @Size(max = 40) String teamCode, @NotBlank @Size(max = 1000) String reason) {
}
