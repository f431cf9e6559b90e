package vn.mobifone.care.platform.probe;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.mobifone.care.platform.outbox.OutboxExpansion;

/**
 * A reference {@code "<prefix>:<count>"} stands for the events {@code <prefix>-1} to
 * {@code <prefix>-<count>}, as an import's reference stands for its subscribers. A test can hold
 * the relay before a batch ({@link #batches}) or make one batch fail ({@link #failAt}).
 */
// A singleton, so that the fields a test sets are the bean's own, not a client proxy's.
@Singleton
public class ProbeNumbers implements OutboxExpansion {

    public static final String NAME = "probe-numbers";

    /** When set, each batch waits for a permit. */
    public volatile Semaphore batches;
    /** When set, the batch starting after this position fails once, as a relay dying there would leave it. */
    public volatile Integer failAt;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Batch next(Connection connection, Reference reference, String position, int limit) {
        Semaphore gate = batches;
        try {
            if (gate != null && !gate.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test did not let the batch after " + position + " go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int after = position == null ? 0 : Integer.parseInt(position);
        Integer fail = failAt;
        if (fail != null && fail == after) {
            failAt = null;
            throw new IllegalStateException("A relay failure after " + after);
        }
        String[] ref = reference.reference().split(":");
        int count = Integer.parseInt(ref[1]);
        List<ProbeEvent> events = new ArrayList<>();
        for (int n = after + 1; n <= Math.min(count, after + limit); n++) {
            UUID id = UUID.nameUUIDFromBytes((reference.eventId() + "/" + n).getBytes(StandardCharsets.UTF_8));
            events.add(new ProbeEvent(id, Instant.EPOCH, 1, "84901234567", ref[0] + "-" + n));
        }
        return new Batch(events, Integer.toString(after + events.size()));
    }
}
