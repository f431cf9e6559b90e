package vn.mobifone.care.smsgateway.message;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import vn.mobifone.care.platform.batch.GroupCommitWriter;

/**
 * {@code POST /messages} committed in groups (the platform's {@link GroupCommitWriter}): a
 * writer takes every request waiting at that moment and writes them in one transaction
 * ({@link GroupIntake}), so requests that arrive together share one commit and one WAL flush
 * instead of one each. Requests that arrive while a group commits form the next; nothing waits
 * for company. Each request answers only once its own message is committed (or, refused, with
 * its own problem); a failed commit fails every request of the group, none of which was written.
 * With {@code care.sms.intake.group-commit=false} each request has a transaction of its own.
 */
@ApplicationScoped
public class IntakeCommits {

    private final GroupIntake group;
    private final IntakeConfig config;
    private final DistributionSummary groupSizes;
    private GroupCommitWriter<GroupIntake.Entry> writer;

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
        writer = GroupCommitWriter.start("intake-group-writer", config.groupWriters(), config.groupMaxSize(), entries -> {
            // A rule's refusal is the entry's own answer (entry.refusal), not a failed commit.
            group.write(entries);
            groupSizes.record(entries.size());
            return List.of();
        });
    }

    /** Refuses further requests, then lets the writers commit those already queued. */
    void stop(@Observes ShutdownEvent event) {
        if (writer != null) {
            writer.close();
        }
    }

    /**
     * Returns once the message is committed, throws the refusal a request of its own would have got.
     *
     * @throws IllegalStateException when the group's commit failed or did not happen within
     *         {@code care.sms.intake.group-timeout}: the message may or may not be recorded, and
     *         sending the request again with its idempotency key tells which
     */
    public MessageIntake.Recorded accept(SendRequest request, String requestedBy, boolean mayWriteFreeText) {
        GroupIntake.Entry entry = new GroupIntake.Entry(request, requestedBy, mayWriteFreeText);
        if (writer == null) {
            // A group of one, in a transaction of its own.
            group.write(List.of(entry));
        } else {
            writer.write(entry, config.groupTimeout(), "Message " + request.idempotencyKey());
        }
        if (entry.refusal != null) {
            throw entry.refusal;
        }
        return entry.outcome;
    }
}
