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
    public AppInstallations.Outcome report(@Valid @NotNull InstallationReport report) {
        return installations.record(new AppInstallations.Report(report.reportId(), report.msisdn(), report.platform(), report.installedAt()));
    }

    public record InstallationReport(@NotNull UUID reportId, @NotNull Msisdn msisdn, @NotNull AppPlatform platform, @NotNull Instant installedAt) {
    }
}
