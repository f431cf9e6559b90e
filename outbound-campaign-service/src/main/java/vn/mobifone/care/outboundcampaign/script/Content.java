package vn.mobifone.care.outboundcampaign.script;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One content of the script and why it was not applicable or refused. */
public record Content(@NotNull ContentStatus status, @Size(max = 300) String reason) {
}
