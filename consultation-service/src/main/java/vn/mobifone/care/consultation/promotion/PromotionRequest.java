package vn.mobifone.care.consultation.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A catalogue entry as a supervisor writes it. For a reference-only entry (no official document
 * yet) {@code startsOn} is the expected start, the day agents ask the customer to call back.
 */
public record PromotionRequest(
        @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull PromotionKind kind,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 2000) String benefits,
        @NotBlank @Size(max = 2000) String conditions,
        @NotNull @PositiveOrZero @Schema(description = "Monetary value to the customer; decides between exclusive promotions") Long valueVnd,
        @Pattern(regexp = CODE, message = CODE_MESSAGE)
        @Schema(description = "Promotions of one group exclude each other: a subscriber receives only one of them") String exclusivityGroup,
        @NotEmpty Set<@NotNull PaymentType> paymentTypes,
        @PositiveOrZero Long arpuMinVnd,
        @PositiveOrZero Long arpuMaxVnd,
        @Size(max = 50) @Schema(description = "Tariff packages the subscriber must be on; empty or absent: any") Set<@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String> packages,
        @Size(max = 20) @Schema(description = "Services the promotion is about (e.g. DATA, VOICE, TOPUP); empty or absent: general") Set<@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String> services,
        @Schema(description = "About on-net calls: prepaid subscribers are told that calls while roaming domestically on VinaPhone do not count") boolean onNetCalls,
        @Schema(description = "Reference information, no official document yet") boolean referenceOnly,
        @Schema(description = "A \"3 golden days\" top-up promotion: while it runs, agents give only the asked service and its promotion") boolean goldenDaysTopUp) {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";
    static final String CODE_MESSAGE = "1 to 40 letters, digits, '_', '.' or '-', starting with a letter or digit";
}
