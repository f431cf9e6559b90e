package vn.mobifone.care.platform.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs long jobs that a request starts (a target generation, a broadcast) on a named daemon
 * thread of their own, one after another, so that the request answers at once with the job's
 * progress resource. Closing interrupts the running job and waits a moment for it to stop, so the
 * application does not shut its database pool under a job still writing.
 */
public final class JobRunner implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final String name;
    private final ExecutorService executor;

    public JobRunner(String name) {
        this.name = name;
        this.executor = Executors.newSingleThreadExecutor(DaemonThreads.named(name, false));
    }

    public void submit(Runnable job) {
        executor.submit(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "A %s job failed", name);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warnf("A %s job did not stop within 10 s of shutdown", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
