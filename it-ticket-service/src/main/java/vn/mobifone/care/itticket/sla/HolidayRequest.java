package vn.mobifone.care.itticket.sla;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record HolidayRequest(@NotNull LocalDate day, @NotBlank @Size(max = 120) String name) {
}
