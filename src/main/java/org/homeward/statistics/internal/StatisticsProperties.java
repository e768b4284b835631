package org.homeward.statistics.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics module ({@code homeward.statistics.*}).
 *
 * @param seedOnStartup put the shipped reported figures (reference/reported_figures.csv and the UNHCR yearly
 *     returns) into the ledger at start-up, each once
 * @param aboutTolerance how far "about N" may be from N, as a fraction: 0.05 reads "about 2 million" as 1.9 to
 *     2.1 million
 * @param recomputeWorkMem PostgreSQL work_mem for the recompute, for its transaction only: the months it must rebuild
 *     are grouped by the counting rule's GROUP BY, a hash of every cell (at tens of millions of movements, gigabytes
 *     help a first build)
 * @param recomputeParallelWorkers PostgreSQL max_parallel_workers_per_gather for the recompute (its sums scan tens of
 *     millions of index entries; 0 keeps it on one core), for its transaction only
 */
@ConfigurationProperties("homeward.statistics")
record StatisticsProperties(
        @DefaultValue("true") boolean seedOnStartup,
        @DefaultValue("0.05") double aboutTolerance,
        @DefaultValue("256MB") String recomputeWorkMem,
        @DefaultValue("2") int recomputeParallelWorkers) {

    StatisticsProperties {
        if (aboutTolerance < 0 || aboutTolerance >= 1) {
            throw new IllegalArgumentException("homeward.statistics.about-tolerance must be from 0 to below 1");
        }
        if (recomputeParallelWorkers < 0) {
            throw new IllegalArgumentException("homeward.statistics.recompute-parallel-workers must not be negative");
        }
    }
}
