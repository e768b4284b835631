package org.homeward.benchmark;

import java.time.Duration;

/**
 * What the benchmark runs, from system properties ({@code -Dbenchmark.persons=200000} etc.; the Maven
 * profile passes them on), with the figures of the performance requirement as defaults.
 */
record BenchmarkSettings(
        long persons,
        int batch,
        int clients,
        Duration warmUp,
        Duration duration,
        int bodies,
        int queries,
        int searchClients,
        long seed,
        double loadAtStart) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Long.getLong("benchmark.persons", 1_000_000),
                Integer.getInteger("benchmark.batch", 1_000),
                Integer.getInteger("benchmark.clients", 16),
                Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 5)),
                Duration.ofSeconds(Integer.getInteger("benchmark.duration", 30)),
                Integer.getInteger("benchmark.bodies", 40_000),
                Integer.getInteger("benchmark.queries", 500),
                Integer.getInteger("benchmark.searchClients", 4),
                Long.getLong("benchmark.seed", 2025),
                BenchmarkReport.loadAverage());
    }
}
