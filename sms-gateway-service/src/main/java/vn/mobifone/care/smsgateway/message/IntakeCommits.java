package vn.mobifone.care.smsgateway.message;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * {@code POST /messages} committed in groups, as the lookup's audit journal commits its lines: a
 * writer takes every request waiting at that moment and writes them in one transaction
 * ({@link GroupIntake}), so requests that arrive together share one commit and one WAL flush
 * instead of one each. Requests that arrive while a group commits form the next; nothing waits
 * for company. Each request answers only once its own message is committed (or, refused, with
 * its own problem); a failed commit fails every request of the group, none of which was written.
 * With {@code care.sms.intake.group-commit=false} each request has a transaction of its own.
 */
@ApplicationScoped
public class IntakeCommits {

    private static final Logger LOG = Logger.getLogger(IntakeCommits.class);
    private static final long SHUTDOWN_WAIT_MS = 10_000;
    /** Queued once per writer when the service stops: a writer ends when it takes one. */
    private static final Waiting END = new Waiting(null, null);

    private final GroupIntake group;
    private final IntakeConfig config;
    private final DistributionSummary groupSizes;
    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private boolean closed;

    public IntakeCommits(GroupIntake group, IntakeConfig config, MeterRegistry metrics) {
        this.group = group;
        this.config = config;
        this.groupSizes = DistributionSummary.builder("sms.intake.group")
                .description("Single requests committed together in one transaction")
                .baseUnit("messages")
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        if (!config.groupCommit()) {
            return;
        }
        for (int i = 0; i < config.groupWriters(); i++) {
            Thread writer = new Thread(this::writeUntilClosed, "intake-group-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Refuses further requests, then lets the writers commit those already queued. */
    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            closed = true;
            writers.forEach(w -> queue.add(END));
        }
        for (Thread writer : writers) {
            try {
                writer.join(SHUTDOWN_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Returns once the message is committed, throws the refusal a request of its own would have got.
     *
     * @throws IllegalStateException when the group's commit failed or did not happen within
     *         {@code care.sms.intake.group-timeout}: the message may or may not be recorded, and
     *         sending the request again with its idempotency key tells which
     */
    public MessageIntake.Outcome accept(SendRequest request, String requestedBy, boolean mayWriteFreeText) {
        GroupIntake.Entry entry = new GroupIntake.Entry(request, requestedBy, mayWriteFreeText);
        if (writers.isEmpty()) {
            // A group of one, in a transaction of its own.
            group.write(List.of(entry));
            return answer(entry);
        }
        CompletableFuture<Void> committed = append(entry);
        try {
            committed.get(config.groupTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Message " + request.idempotencyKey() + " could not be recorded", e.getCause());
        } catch (TimeoutException e) {
            committed.cancel(false);
            throw new IllegalStateException("Message " + request.idempotencyKey() + " was not recorded within " + config.groupTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            committed.cancel(false);
            throw new IllegalStateException("Interrupted while message " + request.idempotencyKey() + " was recorded", e);
        }
        return answer(entry);
    }

    private static MessageIntake.Outcome answer(GroupIntake.Entry entry) {
        if (entry.refusal != null) {
            throw entry.refusal;
        }
        return entry.outcome;
    }

    private synchronized CompletableFuture<Void> append(GroupIntake.Entry entry) {
        if (closed) {
            throw new IllegalStateException("The intake is closed: the service is stopping");
        }
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Waiting(entry, committed));
        return committed;
    }

    private void writeUntilClosed() {
        List<Waiting> taken = new ArrayList<>();
        boolean closing = false;
        while (!closing) {
            try {
                taken.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(taken, config.groupMaxSize() - 1);
            closing = taken.remove(END);
            // Another writer's end taken by mistake goes back for it.
            while (taken.remove(END)) {
                queue.add(END);
            }
            write(taken);
            taken.clear();
        }
    }

    /** Writes the requests still awaited; every one of them learns the outcome, and the next group is written either way. */
    private void write(List<Waiting> taken) {
        List<Waiting> awaited = taken.stream().filter(w -> !w.committed().isDone()).toList();
        if (awaited.isEmpty()) {
            return;
        }
        try {
            group.write(awaited.stream().map(Waiting::entry).toList());
            groupSizes.record(awaited.size());
            awaited.forEach(w -> w.committed().complete(null));
        } catch (RuntimeException e) {
            LOG.errorf(e, "A group of %d messages could not be committed; each of its requests fails", awaited.size());
            awaited.forEach(w -> w.committed().completeExceptionally(e));
        }
    }

    private record Waiting(GroupIntake.Entry entry, CompletableFuture<Void> committed) {
    }
}
