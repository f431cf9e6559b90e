package vn.mobifone.care.outboundcampaign.simswap.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.mobifone.care.outboundcampaign.simswap.area.AreaRequest;

/**
 * A team of the province's sales force and the districts or wards it serves. A rapid-response
 * team names no coverage: it covers its whole province. {@code active} false takes the team out
 * of routing without losing its queue.
 */
public record TeamRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull TeamKind kind,
        @NotBlank @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String provinceCode,
        @NotBlank @Pattern(regexp = "\\+?[0-9 .()-]{3,20}", message = "a phone number") String phone,
        @Size(max = 300) String address,
        Boolean active,
        @Size(max = 500) Set<@NotBlank @Pattern(regexp = AreaRequest.CODE, message = "1-10 digits") String> coverage) {

    public boolean isActive() {
        return active == null || active;
    }

    public Set<String> coverageOrEmpty() {
        return coverage == null ? Set.of() : coverage;
    }
}
