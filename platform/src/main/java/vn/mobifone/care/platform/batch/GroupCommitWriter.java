package vn.mobifone.care.platform.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.mobifone.care.platform.work.DaemonThreads;

/**
 * Group commit for callers that must not answer before their item is durable (an audit line, an
 * accepted message): each caller queues its item and waits; a writer thread takes what has queued
 * up meanwhile, at most {@code maxBatch}, and commits it in one transaction, so at load hundreds
 * of callers share one commit instead of queueing for one each. Every caller of a batch learns its
 * own outcome: committed, refused on its own (a {@link GroupCommit.Refused} of the commit), or the
 * batch's failure. An item whose caller gave up waiting before its batch was taken is skipped.
 *
 * <p>{@link #close()} refuses new items, lets the writers commit what is queued, and returns once
 * they have stopped (or the close wait has passed).
 */
public final class GroupCommitWriter<T> implements AutoCloseable {

    /** Commits a batch: every item, or every item but those it returns as refused; throws when it committed nothing. */
    @FunctionalInterface
    public interface Commit<T> {
        List<GroupCommit.Refused<T>> commit(List<T> items);
    }

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private record Waiting<T>(T item, CompletableFuture<Void> committed) {
    }

    private final String name;
    private final int maxBatch;
    private final Commit<T> commit;
    private final LinkedBlockingQueue<Waiting<T>> queue = new LinkedBlockingQueue<>();
    /** Queued once per writer on close: a writer ends when it takes one. */
    private final Waiting<T> end = new Waiting<>(null, null);
    private final List<Thread> writers = new ArrayList<>();
    private boolean closed;

    private GroupCommitWriter(String name, int maxBatch, Commit<T> commit) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("A group commit takes at least one item, not " + maxBatch);
        }
        this.name = name;
        this.maxBatch = maxBatch;
        this.commit = commit;
    }

    /** Starts {@code writers} writer threads named after {@code name}. */
    public static <T> GroupCommitWriter<T> start(String name, int writers, int maxBatch, Commit<T> commit) {
        GroupCommitWriter<T> writer = new GroupCommitWriter<>(name, maxBatch, commit);
        for (int i = 0; i < writers; i++) {
            Thread thread = DaemonThreads.named(name + "-" + i, false).newThread(writer::writeUntilClosed);
            thread.start();
            writer.writers.add(thread);
        }
        return writer;
    }

    /**
     * Queues the item and returns once it is committed.
     *
     * @param what names the item in the failure's message ({@code "Message abc"})
     * @throws IllegalStateException when the writer is closed, the item was refused, its batch
     *         failed, or it was not committed within {@code timeout} (it is then skipped if its
     *         batch was not yet taken, and may still be committed if it was)
     * @throws RuntimeException the refusal of the item, as the commit raised it
     */
    public void write(T item, Duration timeout, String what) {
        CompletableFuture<Void> committed = append(item);
        try {
            committed.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " could not be recorded", e.getCause());
        } catch (TimeoutException e) {
            committed.cancel(false);
            throw new IllegalStateException(what + " was not recorded within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            committed.cancel(false);
            throw new IllegalStateException(what + " was not recorded: interrupted while waiting", e);
        }
    }

    /** Queues the item; the future completes when its batch committed, exceptionally when it was refused or its batch failed. */
    public synchronized CompletableFuture<Void> append(T item) {
        if (closed) {
            throw new IllegalStateException("The " + name + " is closed: the service is stopping");
        }
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Waiting<>(item, committed));
        return committed;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            writers.forEach(w -> queue.add(end));
        }
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        for (Thread writer : writers) {
            try {
                writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (writer.isAlive()) {
                LOG.warnf("%s did not finish its queue within %s of the stop", writer.getName(), CLOSE_WAIT);
            }
        }
    }

    private void writeUntilClosed() {
        List<Waiting<T>> taken = new ArrayList<>(maxBatch);
        boolean closing = false;
        while (!closing) {
            try {
                taken.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(taken, maxBatch - 1);
            closing = taken.remove(end);
            // Another writer's end, taken in the same drain, goes back for it.
            while (taken.remove(end)) {
                queue.add(end);
            }
            write(taken);
            taken.clear();
        }
    }

    /** Commits the items still awaited; every one of them learns its outcome, and the next batch is written either way. */
    private void write(List<Waiting<T>> taken) {
        List<Waiting<T>> awaited = taken.stream().filter(w -> !w.committed().isDone()).toList();
        if (awaited.isEmpty()) {
            return;
        }
        List<GroupCommit.Refused<T>> refused;
        try {
            refused = commit.commit(awaited.stream().map(Waiting::item).toList());
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: a batch of %d could not be committed; each of its callers fails", name, awaited.size());
            awaited.forEach(w -> w.committed().completeExceptionally(e));
            return;
        }
        for (GroupCommit.Refused<T> r : refused) {
            for (Waiting<T> w : awaited) {
                if (w.item() == r.item()) {
                    w.committed().completeExceptionally(r.error());
                }
            }
        }
        awaited.forEach(w -> w.committed().complete(null));
    }
}
