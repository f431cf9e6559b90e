package vn.mobifone.care.outboundcampaign.broadcast;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One message of the campaign to every lead. Seed 002: SMS {@code kndl-invitation} on 28/10 and
 * the second KNDL text on 30/10 under MobiFone 9, one Zalo {@code identity-update-zalo} under
 * MobiFone Miền Tây. The gateway's template holds the text and the brandname; it is given
 * {@code msisdn}, {@code name} and {@code points} of each subscriber.
 */
public record BroadcastRequest(
        @Schema(description = "The gateway's template id", examples = "kndl-invitation") @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String templateId,
        @NotNull @Pattern(regexp = "SMS|ZALO") String channel,
        @Schema(description = "The day it goes out, from the start of the advertising window") @NotNull LocalDate sendOn) {
}
