package vn.mobifone.care.outboundcampaign.simswap.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaRequest;

/**
 * The customer's address as the request page's lists give it. The most specific code given is
 * the one routed on; the wider ones, when given too, must contain it.
 */
@Schema(name = "SimSwapAddress")
public record Address(
        @NotBlank @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String provinceCode,
        @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String districtCode,
        @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String wardCode,
        @Size(max = 300) String street) {
}
