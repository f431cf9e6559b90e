package vn.mobifone.care.subscriberlookup.appinstall;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.contracts.events.AppInstallationReported;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.PoisonMessage;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/** Reports the My MobiFone platform publishes on its topic; one that can never apply goes to the dead-letter topic. */
@ApplicationScoped
public class AppInstallationsConsumer {

    private final EventReader reader;
    private final AppInstallations installations;

    public AppInstallationsConsumer(EventReader reader, AppInstallations installations) {
        this.reader = reader;
        this.installations = installations;
    }

    @Incoming("app-installations")
    @Blocking
    public void on(String value) {
        AppInstallationReported event = reader.read(value, AppInstallationReported.class);
        if (event.installedAt() == null) {
            throw new PoisonMessage("Installation report " + event.eventId() + " without installedAt", null);
        }
        try {
            installations.record(new AppInstallations.Report(event.eventId(), Msisdn.parse(event.msisdn()),
                    platform(event.platform()), event.installedAt()));
        } catch (InvalidInput | ResourceNotFound e) {
            throw new PoisonMessage("Installation report " + event.eventId() + " refused: " + e.getMessage(), e);
        }
    }

    private static AppPlatform platform(String name) {
        try {
            return AppPlatform.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("platform", "unknown platform " + name);
        }
    }
}
