package vn.mobifone.care.bench.consultation;

import java.util.Arrays;

/** Latencies of one measured run in microseconds, with the rate they were taken at. */
final class Latency {

    private long[] micros = new long[1024];
    private int count;

    synchronized void add(long value) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = value;
    }

    synchronized Summary summary(String name, double seconds, long missing) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new Summary(name, count, count / seconds, at(sorted, 50), at(sorted, 99), count == 0 ? Double.NaN : sorted[count - 1] / 1000.0,
                missing);
    }

    private static double at(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** One line of the benchmark's table. */
    record Summary(String name, long count, double perSecond, double p50Millis, double p99Millis, double maxMillis, long missing) {

        static String header() {
            return String.format("%-46s %10s %10s %10s %10s %8s %8s", "", "rate", "p50", "p99", "max", "count", "missing");
        }

        String line() {
            return String.format("%-46s %8.1f/s %7.1f ms %7.1f ms %7.1f ms %8d %8d", name, perSecond, p50Millis, p99Millis, maxMillis, count, missing);
        }
    }
}
