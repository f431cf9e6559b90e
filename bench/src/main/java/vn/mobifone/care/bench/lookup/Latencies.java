package vn.mobifone.care.bench.lookup;

import java.util.Arrays;

/** Latencies of one run, in microseconds; percentiles by sorting once at the end. */
final class Latencies {

    private long[] micros = new long[1 << 16];
    private int count;

    void add(long value) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = value;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.micros[i]);
        }
    }

    int count() {
        return count;
    }

    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
