package vn.mobifone.care.outboundcampaign.simswap.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An area as the regional company declares it; a province has no parent. */
public record AreaRequest(
        @NotNull AreaLevel level,
        @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String parentCode,
        @NotBlank @Size(max = 120) String name) {

    /** GSO administrative codes: 2 digits a province, 3 a district, 5 a ward. */
    public static final String CODE = "[0-9]{1,10}";
}
