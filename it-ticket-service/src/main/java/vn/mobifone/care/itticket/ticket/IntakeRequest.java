package vn.mobifone.care.itticket.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request as received (seed 004 step 1.1), with the reference of the original document, e-mail or call recording. */
public record IntakeRequest(
        @NotNull Channel channel,
        @NotBlank @Size(max = 200) String originalReference,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-' only") String customerCode,
        @NotBlank @Size(max = 200) String customerName,
        @NotBlank @Size(max = 120) String itService,
        @NotNull RequestType requestType,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String description) {
}
