package vn.mobifone.care.platform.work;

import java.time.Duration;

/**
 * How long to wait after failures in a row: {@code min} after the first, doubling with each
 * further one up to {@code max}. A fixed wait is a backoff whose min and max are equal.
 */
public record Backoff(Duration min, Duration max) {

    public Backoff {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("A backoff needs 0 <= min <= max, got " + min + " and " + max);
        }
    }

    public static Backoff fixed(Duration wait) {
        return new Backoff(wait, wait);
    }

    /** The wait after {@code failures} failures in a row (1 for the first). */
    public Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = min.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
