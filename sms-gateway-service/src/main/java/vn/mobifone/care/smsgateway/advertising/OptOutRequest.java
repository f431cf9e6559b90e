package vn.mobifone.care.smsgateway.advertising;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param source how the subscriber asked: hotline call, reply keyword, app... */
public record OptOutRequest(@NotBlank @Size(max = 50) String source) {
}
