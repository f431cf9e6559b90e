package vn.mobifone.care.subscriberlookup.audit;

import java.util.List;

/**
 * When an agent's reads stand far above their peers': the agent's busiest hour in the period
 * holds at least {@value #TIMES_MEDIAN} times the median of all compared agents' busiest hours,
 * and at least {@value #FLOOR} reads (so a quiet period flags nobody for a handful of reads).
 * An agent on a busy line serves perhaps 10 to 15 calls an hour with a lookup or two each; three
 * times what the typical agent peaks at is more than a shift explains and worth a supervisor's look.
 */
public final class ReadRateThreshold {

    public static final int TIMES_MEDIAN = 3;
    public static final int FLOOR = 20;

    private ReadRateThreshold() {
    }

    public static double median(List<Long> peaks) {
        if (peaks.isEmpty()) {
            return 0;
        }
        List<Long> sorted = peaks.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    public static long threshold(double median) {
        return Math.max(FLOOR, (long) Math.ceil(TIMES_MEDIAN * median));
    }

    public static boolean flagged(long peak, long threshold) {
        return peak >= threshold;
    }
}
