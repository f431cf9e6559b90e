package vn.mobifone.care.itticket.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Classification (step 1.2) or a later reclassification. Without a level the type's default
 * applies; a level other than the default, and any reclassification, needs a reason.
 */
public record ClassificationRequest(
        RequestType requestType,
        @Min(1) @Max(4) Integer level,
        @Size(max = 500) String reason) {
}
