package vn.mobifone.care.consultation.appinstall;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.contracts.events.SmsStatusChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.IdempotentConsumer;
import vn.mobifone.care.platform.messaging.PoisonMessage;

/**
 * The gateway's progress of every message; those of a consultation's link SMS (its idempotency key
 * says so) go to that consultation's history, the campaigns' are not ours.
 */
@ApplicationScoped
public class SmsStatusConsumer {

    private final EventReader reader;
    private final IdempotentConsumer idempotent;
    private final Conversions conversions;

    public SmsStatusConsumer(EventReader reader, IdempotentConsumer idempotent, Conversions conversions) {
        this.reader = reader;
        this.idempotent = idempotent;
        this.conversions = conversions;
    }

    @Incoming(Topics.SMS_STATUS_CHANGED)
    @Blocking
    public void on(String value) {
        SmsStatusChanged event = reader.read(value, SmsStatusChanged.class);
        String key = event.idempotencyKey();
        if (key == null || !key.startsWith(Consultations.SMS_KEY_PREFIX)) {
            return;
        }
        Conversions.SmsProgress progress = Conversions.SmsProgress.ofGatewayStatus(event.status());
        if (progress == null) {
            return;
        }
        if (event.eventId() == null || event.occurredAt() == null) {
            throw new PoisonMessage("Status of " + key + " without eventId or occurredAt", null);
        }
        idempotent.processOnce(Topics.SMS_STATUS_CHANGED, event.eventId(),
                () -> conversions.smsStatus(key, progress, event.occurredAt(), event.reason()));
    }
}
