package vn.mobifone.care.outboundcampaign.projection;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.platform.batch.GroupCommit;
import vn.mobifone.care.platform.messaging.DeadLetters;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.PoisonMessage;

/**
 * Keeps the projection from the compacted topic, read from its start by a new consumer group.
 * The topic carries the whole subscriber base on a replay, so each poll is applied as one
 * transaction; a record that cannot be read, or that the database refuses, is parked on the
 * dead-letter topic on its own and its neighbours are applied. When the database itself fails the
 * poll is not acknowledged, so nothing is lost: the channel stops (health turns DOWN) and a
 * restart resumes from the last committed offset.
 */
@ApplicationScoped
public class SubscriberChangedConsumer {

    private record Received(ConsumerRecord<String, String> record, SubscriberChanged event) {
    }

    private final EventReader reader;
    private final SubscriberProjection projection;
    private final DeadLetters deadLetters;

    public SubscriberChangedConsumer(EventReader reader, SubscriberProjection projection, DeadLetters deadLetters) {
        this.reader = reader;
        this.projection = projection;
        this.deadLetters = deadLetters;
    }

    @Incoming("subscriber-changed")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        List<Received> readable = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                readable.add(new Received(record, read(record.value())));
            } catch (PoisonMessage e) {
                deadLetters.park(record, e.getMessage());
            }
        }
        for (GroupCommit.Refused<Received> refused : GroupCommit.write(readable,
                part -> projection.applyAll(part.stream().map(Received::event).toList()))) {
            if (!GroupCommit.causedByData(refused.error())) {
                throw refused.error();
            }
            deadLetters.park(refused.item().record(), refused.error().getMessage());
        }
    }

    private SubscriberChanged read(String value) {
        SubscriberChanged event = reader.read(value, SubscriberChanged.class);
        if (event.occurredAt() == null || event.status() == null || event.paymentType() == null || event.deviceType() == null) {
            throw new PoisonMessage("SubscriberChanged " + event.eventId() + " without occurredAt, status, payment or device type", null);
        }
        return event;
    }
}
