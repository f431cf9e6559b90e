package vn.mobifone.care.itticket.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A new version of the budgets of one request type. */
public record PolicyRevision(
        @Min(1) @Max(43_200) int regionalBudgetMinutes,
        @Min(0) @Max(43_200) int itCentreBudgetMinutes,
        @Min(1) @Max(86_400) int totalBudgetMinutes,
        @Min(1) @Max(99) int warningPercent,
        @NotBlank String calendar) {
}
