package vn.mobifone.care.outboundcampaign.lead;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.outboundcampaign.script.ScriptRecord;

/** The end of a call on a leased lead. */
public record OutcomeRequest(
        @NotNull CallOutcome outcome,
        @Schema(description = "Why not interested (required then)") @Size(max = 500) String reason,
        @Schema(description = "The person who answered is not the subscriber on file: the name they gave, to greet them by")
        @Size(max = 300) String nameGiven,
        @Schema(description = "CALLBACK: the agreed time, inside the calling window") Instant callbackAt,
        @Schema(description = "CALLBACK: for this agent only (default) or for anyone") CallbackFor callbackFor,
        @Schema(description = "AGREED: the script as it went") @Valid ScriptRecord script) {

    public enum CallbackFor {
        AGENT, ANYONE
    }
}
