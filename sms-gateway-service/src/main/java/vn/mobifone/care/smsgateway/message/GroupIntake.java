package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.batch.GroupCommit;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.persistence.Savepoints;

/**
 * Many send requests in one local transaction and one commit: the messages of a batch, or the
 * single requests that arrived together ({@link IntakeCommits}), or a request alone. All go
 * through {@link MessageIntake#accept(Connection, List)} together, so idempotency keys, templates,
 * opt-outs and caps hold exactly as for one message; a later message of the group sees what the
 * earlier ones did (a repeated key finds the first, the cap counts them one after the other).
 *
 * <p>The group commits whole or not at all. A message refused by a rule is refused before it
 * wrote anything, so it needs no savepoint; when the database refuses what one message carries
 * (a data or constraint error, {@link GroupCommit#causedByData}), which aborts the transaction,
 * the group is taken again in one transaction with a savepoint per message, and only that message
 * is refused. A lost deadlock is taken again whole (the keys and cap rows are locked in a fixed
 * order, so only a concurrent writer outside the intake can cause one).
 */
@ApplicationScoped
public class GroupIntake {

    private static final Logger LOG = Logger.getLogger(GroupIntake.class);
    private static final int ATTEMPTS = 5;

    /** One request of a group and, once written, its outcome or why it was refused. */
    static final class Entry {
        final SendRequest request;
        final String requestedBy;
        final boolean mayWriteFreeText;
        MessageIntake.Recorded outcome;
        RuntimeException refusal;

        Entry(SendRequest request, String requestedBy, boolean mayWriteFreeText) {
            this.request = request;
            this.requestedBy = requestedBy;
            this.mayWriteFreeText = mayWriteFreeText;
        }
    }

    private final LocalTransaction transaction;
    private final MessageIntake intake;

    public GroupIntake(LocalTransaction transaction, MessageIntake intake) {
        this.transaction = transaction;
        this.intake = intake;
    }

    /**
     * Writes the entries in one transaction; on return each has its outcome or its refusal.
     *
     * @return how many messages were created
     * @throws RuntimeException when the database failed as such: nothing of the group was written
     */
    int write(List<Entry> entries) {
        boolean savepoints = false;
        for (int attempt = 1; ; attempt++) {
            boolean careful = savepoints;
            try {
                return transaction.run(connection -> apply(connection, entries, careful));
            } catch (RuntimeException e) {
                if (!careful && GroupCommit.causedByData(e)) {
                    savepoints = true;
                } else if (attempt >= ATTEMPTS || !LostConcurrency.causes(e)) {
                    throw e;
                } else {
                    LOG.warnf("A group of %d messages lost a deadlock (attempt %d), taking it again", entries.size(), attempt);
                }
            }
        }
    }

    private int apply(Connection connection, List<Entry> entries, boolean savepoints) {
        if (!savepoints) {
            return intake.accept(connection, entries);
        }
        int created = 0;
        for (Entry entry : entries) {
            Savepoints.Attempt<Integer> attempt = Savepoints.attempt(connection, () -> intake.accept(connection, List.of(entry)));
            if (attempt.refused()) {
                entry.outcome = null;
                entry.refusal = attempt.refusal();
            } else {
                created += attempt.value();
            }
        }
        return created;
    }
}
