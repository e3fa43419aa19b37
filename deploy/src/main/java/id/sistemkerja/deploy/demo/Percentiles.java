package id.sistemkerja.deploy.demo;

import java.util.List;

/** Latency percentiles (nearest rank) of nanosecond samples, in milliseconds. */
public final class Percentiles {

    private Percentiles() {
    }

    public static double millis(List<Long> nanos, double percentile) {
        if (nanos.isEmpty()) {
            return 0;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
