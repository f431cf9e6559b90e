package vn.mobifone.care.outboundcampaign.script;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The script of one agreed call (seed 002 §2c): B1 greeting and B6 close, and what became of each
 * of B2–B5, with the details the follow-ups need.
 */
@Schema(description = "The call script B1-B6 as it went")
public record ScriptRecord(
        @NotNull Boolean greeted,
        @NotNull @Valid Content b2,
        @NotNull @Valid Content b3,
        @NotNull @Valid Content b4,
        @NotNull @Valid Content b5,
        @NotNull Boolean closed,
        @Valid GiftChoice gift,
        @Schema(description = "B2: the customer agreed to register for the KNDL programme") Boolean kndlRegistration,
        @Valid PackageOffer packageOffer,
        @Schema(description = "B5: the customer's phone system, for the app links") @Pattern(regexp = "IOS|ANDROID") String os,
        @Schema(description = "B5: feedback or a request to answer within 48 h") @Size(max = 1000) String feedback) {

    public Content content(ScriptContent c) {
        return switch (c) {
            case B2 -> b2;
            case B3 -> b3;
            case B4 -> b4;
            case B5 -> b5;
        };
    }
}
