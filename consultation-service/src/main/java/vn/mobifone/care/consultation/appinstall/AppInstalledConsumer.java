package vn.mobifone.care.consultation.appinstall;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.contracts.events.AppInstalled;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.IdempotentConsumer;
import vn.mobifone.care.platform.messaging.PoisonMessage;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** Installations accepted by the lookup: the consultation closes the moment the app is installed, without polling. */
@ApplicationScoped
public class AppInstalledConsumer {

    private final EventReader reader;
    private final IdempotentConsumer idempotent;
    private final Conversions conversions;

    public AppInstalledConsumer(EventReader reader, IdempotentConsumer idempotent, Conversions conversions) {
        this.reader = reader;
        this.idempotent = idempotent;
        this.conversions = conversions;
    }

    @Incoming(Topics.APP_INSTALLED)
    @Blocking
    public void on(String value) {
        AppInstalled event = reader.read(value, AppInstalled.class);
        if (event.installedAt() == null || event.eventId() == null) {
            throw new PoisonMessage("Installation " + event.eventId() + " without installedAt or eventId", null);
        }
        Msisdn msisdn;
        try {
            msisdn = Msisdn.parse(event.msisdn());
        } catch (RuntimeException e) {
            throw new PoisonMessage("Installation " + event.eventId() + " for an invalid number", e);
        }
        idempotent.processOnce(Topics.APP_INSTALLED, event.eventId(), () -> conversions.installed(msisdn, event.platform(), event.installedAt()));
    }
}
