package vn.mobifone.care.platform.work;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the suite's background work: named after what they do, so that a thread dump or
 * a log line says whose they are, and daemons, so that one left behind never holds the JVM up
 * (each owner still stops and joins its own).
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads named {@code name}, or {@code name-1}, {@code name-2}… when {@code numbered}. */
    public static ThreadFactory named(String name, boolean numbered) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, numbered ? name + "-" + count.incrementAndGet() : name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A fixed pool of {@code threads} numbered threads, e.g. one channel's senders. */
    public static ThreadPoolExecutor fixedPool(String name, int threads) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), named(name, true));
    }
}
