package vn.mobifone.care.bench.lookup;

/** Throughput and latency of one measured run. */
record Figures(String name, long operations, double seconds, double p50Millis, double p99Millis, long failures) {

    static Figures of(String name, Latencies latencies, double seconds, long failures) {
        return new Figures(name, latencies.count(), seconds, latencies.percentileMillis(50), latencies.percentileMillis(99), failures);
    }

    double perSecond() {
        return operations / seconds;
    }

    String line() {
        return String.format("%-34s %10.0f/s %9.2f ms %9.2f ms %8d %8d", name, perSecond(), p50Millis, p99Millis, operations, failures);
    }

    static String header() {
        return String.format("%-34s %12s %12s %12s %8s %8s", "", "throughput", "p50", "p99", "ops", "errors");
    }
}
