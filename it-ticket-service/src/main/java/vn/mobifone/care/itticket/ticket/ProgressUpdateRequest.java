package vn.mobifone.care.itticket.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The IT centre's progress on a ticket past its total budget, and the time the front line tells the customer. */
public record ProgressUpdateRequest(@NotBlank @Size(max = 2000) String note, @NotNull Instant expectedResolutionAt) {
}
