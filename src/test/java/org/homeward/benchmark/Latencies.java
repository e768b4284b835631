package org.homeward.benchmark;

import java.util.Arrays;
import java.util.Map;

/** Latency samples in nanoseconds, summarised as percentiles in milliseconds. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    /** The q-quantile (0 to 1) in milliseconds, nearest-rank. */
    synchronized double percentile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.clamp(rank, 0, count - 1)] / 1e6;
    }

    Map<String, Object> summary() {
        return Map.of(
                "count", count(),
                "p50Ms", round(percentile(0.50)),
                "p95Ms", round(percentile(0.95)),
                "p99Ms", round(percentile(0.99)));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The median of per-second counts. */
    static double median(long[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
