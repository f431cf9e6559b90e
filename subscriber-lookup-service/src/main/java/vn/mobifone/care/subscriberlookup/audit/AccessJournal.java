package vn.mobifone.care.subscriberlookup.audit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.batch.GroupCommit;
import vn.mobifone.care.platform.batch.GroupCommitWriter;
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

    private final AccessLines lines;
    private final Caller caller;
    private final Clock clock;
    private final LookupConfig config;
    private final DistributionSummary batchSizes;
    private GroupCommitWriter<AccessLine> writer;

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
        writer = GroupCommitWriter.start("access-journal-writer", 1, MAX_BATCH, this::insert);
    }

    /** Refuses further lines, then waits for the writer to commit those already queued. */
    void stop(@Observes ShutdownEvent event) {
        if (writer != null) {
            writer.close();
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
        writer.write(line, config.auditTimeout(), "The access to " + msisdn);
    }

    /** Queues a line without waiting; the future completes when its batch is committed, exceptionally when it was refused. */
    CompletableFuture<Void> append(AccessLine line) {
        return writer.append(line);
    }

    /**
     * A line the database refuses (checked before it joined, but a constraint may still say no) is
     * found by splitting the batch: only its own lookup is refused, never its neighbours'.
     */
    private List<GroupCommit.Refused<AccessLine>> insert(List<AccessLine> batch) {
        List<GroupCommit.Refused<AccessLine>> refused = GroupCommit.write(batch, part -> {
            lines.insert(part);
            batchSizes.record(part.size());
        });
        refused.forEach(r -> LOG.errorf(r.error(), "Audit line of %s by %s not written; the lookup is refused", r.item().msisdn(),
                r.item().subject()));
        return refused;
    }
}
