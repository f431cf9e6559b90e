package vn.mobifone.care.subscriberlookup.importing;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.postgresql.copy.CopyIn;

/**
 * The {@code COPY} into the import's staging table, fed from a thread of its own: the parser hands
 * over encoded chunks and goes on with the next lines while the database takes the last chunk.
 * Parsing a line costs the service about as long as COPYing it costs the database, so one after
 * the other an import took the sum of the two, side by side about the larger.
 *
 * <p>The connection is used by one thread at a time: the feeding thread writes while the parser
 * only queues, and the parser ends or cancels the COPY after the feeding thread has stopped.
 */
final class StagingCopy implements AutoCloseable {

    private static final byte[] END = new byte[0];
    /** Chunks parsed but not yet written: enough to ride out a slow write, few enough to bound memory. */
    private static final int QUEUED_CHUNKS = 8;

    private final CopyIn copy;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final Future<?> feeding;
    private boolean finished;

    StagingCopy(CopyIn copy, ExecutorService executor) {
        this.copy = copy;
        this.feeding = executor.submit(this::feed);
    }

    private Void feed() throws SQLException, InterruptedException {
        for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
            copy.writeToCopy(chunk, 0, chunk.length);
        }
        return null;
    }

    /** Queues a chunk, waiting while the queue is full; fails at once when the COPY already did. */
    void write(byte[] chunk) throws SQLException {
        if (!put(chunk)) {
            awaitFeeding();
        }
    }

    /** Writes what is queued and ends the COPY: @return the rows the database took. */
    long finish() throws SQLException {
        put(END);
        awaitFeeding();
        finished = true;
        return copy.endCopy();
    }

    /** Stops feeding and cancels a COPY that did not finish, so the transaction can roll back. */
    @Override
    public void close() throws SQLException {
        if (finished) {
            return;
        }
        chunks.clear();
        put(END);
        try {
            awaitFeeding();
        } catch (SQLException | RuntimeException e) {
            // The import already failed; its own error is the one to report.
        }
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** @return false when the feeding thread ended before it could take the chunk */
    private boolean put(byte[] chunk) {
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (feeding.isDone()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
    }

    private void awaitFeeding() throws SQLException {
        try {
            feeding.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("Staging the import failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Staging the import did not end within 10 minutes", e);
        }
    }
}
