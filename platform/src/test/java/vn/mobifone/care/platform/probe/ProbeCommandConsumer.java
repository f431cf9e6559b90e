package vn.mobifone.care.platform.probe;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.IdempotentConsumer;

/** Consumes probe commands the way service consumers do: read, then apply once. */
@ApplicationScoped
public class ProbeCommandConsumer {

    private final EventReader reader;
    private final IdempotentConsumer idempotent;
    private final EntityManager em;

    public ProbeCommandConsumer(EventReader reader, IdempotentConsumer idempotent, EntityManager em) {
        this.reader = reader;
        this.idempotent = idempotent;
        this.em = em;
    }

    @Incoming("probe-commands")
    @Blocking
    public void on(String value) {
        ProbeEvent event = reader.read(value, ProbeEvent.class);
        idempotent.processOnce("probe-commands", event.eventId(), () -> em
                .createNativeQuery("INSERT INTO probe_effect (event_id, note) VALUES (?1, ?2)")
                .setParameter(1, event.eventId()).setParameter(2, event.note()).executeUpdate());
    }
}
