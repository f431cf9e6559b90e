package vn.mobifone.care.subscriberlookup.appinstall;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Roles;

@Path("/app-installations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My MobiFone installations")
public class AppInstallationResource {

    private final AppInstallations installations;

    public AppInstallationResource(AppInstallations installations) {
        this.installations = installations;
    }

    @POST
    @RolesAllowed({ Roles.INTEGRATION, Roles.ADMIN })
    @Operation(summary = "Report a My MobiFone installation (idempotent by reportId)")
    public AppInstallations.Recorded report(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallationReport.class),
                    examples = @ExampleObject(name = "Android installation", value = "{\"reportId\": \"7d2f4b1e-3c9a-4e58-b6d0-1a2b3c4d5e6f\", "
                            + "\"msisdn\": \"0901234567\", \"platform\": \"ANDROID\", \"installedAt\": \"2026-12-02T01:45:00Z\"}")))
            @Valid @NotNull InstallationReport report) {
        return installations.record(new AppInstallations.Report(report.reportId(), report.msisdn(), report.platform(), report.installedAt()));
    }

    public record InstallationReport(@NotNull UUID reportId, @NotNull Msisdn msisdn, @NotNull AppPlatform platform, @NotNull Instant installedAt) {
    }
}
