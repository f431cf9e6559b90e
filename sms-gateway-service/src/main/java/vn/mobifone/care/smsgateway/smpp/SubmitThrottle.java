package vn.mobifone.care.smsgateway.smpp;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Holds submits to the rate agreed with the SMSC: each submit reserves the next free slot of
 * {@code 1 / maxPerSecond} seconds, so the rate holds over any interval and concurrent senders
 * never burst past it (an idle bind earns at most one second of credit). It reads the service
 * clock; a clock set back (a test, an NTP step) moves the reserved slots back with it.
 */
public final class SubmitThrottle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long nextSlot;
    private long lastNow;

    /** @param maxPerSecond 0 for no limit */
    public SubmitThrottle(int maxPerSecond, LongSupplier nanoTime) {
        this.intervalNanos = maxPerSecond <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / maxPerSecond;
        this.nanoTime = nanoTime;
        this.nextSlot = nanoTime.getAsLong();
        this.lastNow = nextSlot;
    }

    /** Reserves a slot; returns how long to wait for it, in nanoseconds. */
    public synchronized long reserve() {
        if (intervalNanos == 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (now < lastNow) {
            nextSlot -= lastNow - now;
        }
        lastNow = now;
        long credit = TimeUnit.SECONDS.toNanos(1);
        long slot = Math.max(nextSlot, now - credit + intervalNanos);
        nextSlot = slot + intervalNanos;
        return Math.max(0, slot - now);
    }

    public void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
