package org.homeward.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a recompute of the roll-ups found: per roll-up table, the cells the stored roll-up lacked (added), had but
 * should not (removed) or counted differently (changed), with a few examples; {@code consistent} when there were
 * none anywhere. The roll-ups hold the recomputed values afterwards either way.
 */
public record RecomputeReport(
        Instant startedAt, long tookMillis, long arrivals, boolean consistent, List<TableReport> tables) {

    public RecomputeReport {
        tables = List.copyOf(tables);
    }

    /** One roll-up table: its cells after the recompute and the differences found. */
    public record TableReport(
            String table, long cells, long added, long removed, long changed, List<CellDifference> examples) {

        public TableReport {
            examples = List.copyOf(examples);
        }

        public boolean consistent() {
            return added == 0 && removed == 0 && changed == 0;
        }
    }

    /** A cell that differed: its key (column to value), the stored count (0 if absent) and the recomputed one. */
    public record CellDifference(Map<String, String> cell, long stored, long recomputed) {}
}
