package vn.mobifone.care.outboundcampaign.projection;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.PoisonMessage;

/** Keeps the projection from the compacted topic, read from its start by a new consumer group. */
@ApplicationScoped
public class SubscriberChangedConsumer {

    private final EventReader reader;
    private final SubscriberProjection projection;

    public SubscriberChangedConsumer(EventReader reader, SubscriberProjection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Incoming("subscriber-changed")
    @Blocking
    public void on(String value) {
        SubscriberChanged event = reader.read(value, SubscriberChanged.class);
        if (event.occurredAt() == null || event.status() == null || event.paymentType() == null || event.deviceType() == null) {
            throw new PoisonMessage("SubscriberChanged " + event.eventId() + " without occurredAt, status, payment or device type", null);
        }
        projection.apply(event);
    }
}
