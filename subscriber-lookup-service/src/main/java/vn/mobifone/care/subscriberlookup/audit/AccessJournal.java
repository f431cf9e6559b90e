package vn.mobifone.care.subscriberlookup.audit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.batch.GroupCommit;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.subscriberlookup.LookupConfig;

/**
 * The audit of lookups, committed in groups: one writer thread takes every line waiting at that
 * moment and writes them with one statement, so all lookups waiting together share one transaction
 * and one WAL flush instead of one commit each. Lines that arrive while a batch commits form the
 * next batch; nothing lingers to wait for company. Each lookup waits until its own line is
 * committed before it answers: if the audit line cannot be written, nothing is disclosed.
 */
@ApplicationScoped
public class AccessJournal {

    private static final Logger LOG = Logger.getLogger(AccessJournal.class);
    private static final int MAX_BATCH = 1000;
    private static final long SHUTDOWN_WAIT_MS = 10_000;
    /** Queued last when the service stops: the writer ends once it reaches it. */
    private static final Waiting END = new Waiting(null, null);

    private final AccessLines lines;
    private final Caller caller;
    private final Clock clock;
    private final LookupConfig config;
    private final DistributionSummary batchSizes;
    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private boolean closed;
    private Thread writer;

    public AccessJournal(AccessLines lines, Caller caller, Clock clock, LookupConfig config, MeterRegistry metrics) {
        this.lines = lines;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
        this.batchSizes = DistributionSummary.builder("care.lookup.audit.batch")
                .description("Audit lines committed together by one statement")
                .baseUnit("lines")
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        writer = new Thread(this::writeUntilClosed, "access-journal-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Refuses further lines, then waits for the writer to commit those already queued. */
    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            closed = true;
            queue.add(END);
        }
        if (writer == null) {
            return;
        }
        try {
            writer.join(SHUTDOWN_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Records that the calling agent or system read this number, and returns once the line is
     * committed. Subject, role and time are taken here, on the request thread.
     *
     * @throws vn.mobifone.care.platform.problem.InvalidInput when the line could not be stored as
     *         given (a control character, too long): checked here, so it never joins a batch
     * @throws IllegalStateException when the line was not committed within
     *         {@code care.lookup.audit-timeout} or its batch failed: the read must not be answered.
     */
    public void record(Msisdn msisdn, AccessView view, AccessReason reason) {
        AccessLine line = new AccessLine(clock.instant(), caller.id(), caller.primaryRole(), msisdn, reason, view);
        line.check();
        CompletableFuture<Void> committed = append(line);
        try {
            committed.get(config.auditTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The access to " + msisdn + " could not be recorded", e.getCause());
        } catch (TimeoutException e) {
            throw abandoned(committed, msisdn, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandoned(committed, msisdn, e);
        }
    }

    /** Queues a line; the future completes when its batch is committed, exceptionally when the batch failed. */
    synchronized CompletableFuture<Void> append(AccessLine line) {
        if (closed) {
            throw new IllegalStateException("The access journal is closed: the service is stopping");
        }
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Waiting(line, committed));
        return committed;
    }

    /** The writer skips a line nobody waits for any more; one already in a batch may still be written. */
    private IllegalStateException abandoned(CompletableFuture<Void> committed, Msisdn msisdn, Exception cause) {
        committed.cancel(false);
        return new IllegalStateException("The access to " + msisdn + " was not recorded within " + config.auditTimeout(), cause);
    }

    private void writeUntilClosed() {
        List<Waiting> batch = new ArrayList<>(MAX_BATCH);
        boolean closing = false;
        while (!closing) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            closing = batch.get(batch.size() - 1) == END;
            if (closing) {
                batch.remove(batch.size() - 1);
            }
            write(batch);
            batch.clear();
        }
    }

    /** Writes the lines still awaited; every caller of the batch learns the outcome, and the next batch is written either way. */
    private void write(List<Waiting> batch) {
        List<Waiting> awaited = batch.stream().filter(w -> !w.committed().isDone()).toList();
        if (awaited.isEmpty()) {
            return;
        }
        // A line the database refuses (checked before it joined, but a constraint may still say no)
        // is found by splitting the batch: only its own lookup is refused, never its neighbours'.
        List<GroupCommit.Refused<Waiting>> refused = GroupCommit.write(awaited, part -> {
            lines.insert(part.stream().map(Waiting::line).toList());
            batchSizes.record(part.size());
        });
        for (GroupCommit.Refused<Waiting> r : refused) {
            AccessLine line = r.item().line();
            LOG.errorf(r.error(), "Audit line of %s by %s not written; the lookup is refused", line.msisdn(), line.subject());
            r.item().committed().completeExceptionally(r.error());
        }
        awaited.forEach(w -> w.committed().complete(null));
    }

    private record Waiting(AccessLine line, CompletableFuture<Void> committed) {
    }
}
