package vn.mobifone.care.consultation.vip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record VipActionRequest(@NotNull VipAction action, @NotBlank @Size(max = 1000) String note) {
}
