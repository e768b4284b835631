package org.homeward.statistics.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.statistics.RecomputeReport;
import org.homeward.statistics.RecomputeReport.CellDifference;
import org.homeward.statistics.RecomputeReport.TableReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the roll-ups from return_movement by the counting rule and compares them with what the triggers kept:
 * the finest roll-up by one GROUP BY over the arrivals, the two coarser ones from it. Runs in one transaction that
 * first locks return_movement against writes (SHARE), so no arrival can slip between counting and comparing;
 * workflow changes wait for it. Replaces a roll-up's contents only when it differs.
 */
@Component
class RollupRecompute {

    static final String FINE_KEY = "month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs";

    /** The roll-ups: table, key columns, and how the recomputed cells are built. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"return_rollup", FINE_KEY},
            new String[] {"return_rollup_adm1", "month, type, adm1, sex, age_group"},
            new String[] {"return_rollup_origin", "month, type, country, crossing, sex, age_group"},
            new String[] {"return_rollup_area", "month, type, adm1, adm2, sex, age_group"});

    private static final int EXAMPLES = 10;
    private static final Logger log = LoggerFactory.getLogger(RollupRecompute.class);

    private final JdbcClient jdbc;
    private final StatisticsProperties properties;
    private final Clock clock;

    RollupRecompute(JdbcClient jdbc, StatisticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    RecomputeReport run() {
        Instant start = clock.instant();
        long began = System.nanoTime();
        jdbc.sql("LOCK TABLE return_movement IN SHARE MODE").update();
        jdbc.sql("SELECT set_config('work_mem', :mem, true)")
                .param("mem", properties.recomputeWorkMem())
                .query()
                .singleValue();
        jdbc.sql("CREATE TEMP TABLE recomputed_return_rollup ON COMMIT DROP AS " + RecomputeSql.FINE_FROM_MOVEMENTS)
                .update();
        List<TableReport> reports = new ArrayList<>();
        for (String[] table : TABLES) {
            String recomputed = "recomputed_" + table[0];
            if (!table[0].equals("return_rollup")) {
                jdbc.sql("CREATE TEMP TABLE " + recomputed + " ON COMMIT DROP AS SELECT " + table[1]
                                + ", sum(returns) AS returns FROM recomputed_return_rollup GROUP BY " + table[1])
                        .update();
            }
            reports.add(compareAndReplace(table[0], table[1], recomputed));
        }
        long arrivals = jdbc.sql("SELECT COALESCE(sum(returns), 0) FROM recomputed_return_rollup")
                .query(Long.class)
                .single();
        boolean consistent = reports.stream().allMatch(TableReport::consistent);
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (!consistent) {
            log.warn("Recompute found roll-ups that differed from the movements; replaced: {}", reports);
        }
        return new RecomputeReport(start, millis, arrivals, consistent, reports);
    }

    /**
     * Compares first by cells, total and an order-independent checksum (the sum of a 64-bit hash of every cell with
     * its count): two scans, no join. Only when they differ — a roll-up that drifted — does it join the two to find
     * and report the differing cells, and replace the roll-up's contents.
     */
    private TableReport compareAndReplace(String table, String key, String recomputed) {
        List<Object> stored = checksum(table, key);
        List<Object> fresh = checksum(recomputed, key);
        long cells = ((Number) fresh.get(0)).longValue();
        if (stored.equals(fresh)) {
            return new TableReport(table, cells, 0, 0, 0, List.of());
        }
        jdbc.sql("CREATE TEMP TABLE rollup_difference ON COMMIT DROP AS SELECT " + key
                        + ", s.returns AS stored, r.returns AS recomputed FROM " + table + " AS s FULL JOIN "
                        + recomputed + " AS r USING (" + key + ") WHERE s.returns IS DISTINCT FROM r.returns")
                .update();
        long[] counts = jdbc.sql("SELECT count(*) FILTER (WHERE stored IS NULL), count(*) FILTER (WHERE recomputed IS"
                        + " NULL), count(*) FILTER (WHERE stored IS NOT NULL AND recomputed IS NOT NULL)"
                        + " FROM rollup_difference")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        List<String> columns = List.of(key.split(", "));
        List<CellDifference> examples = jdbc.sql(
                        "SELECT * FROM rollup_difference ORDER BY " + key + " LIMIT " + EXAMPLES)
                .query((rs, row) -> {
                    Map<String, String> cell = new LinkedHashMap<>();
                    for (String column : columns) {
                        cell.put(column, rs.getString(column));
                    }
                    return new CellDifference(cell, rs.getLong("stored"), rs.getLong("recomputed"));
                })
                .list();
        jdbc.sql("DROP TABLE rollup_difference").update();
        jdbc.sql("DELETE FROM " + table).update();
        jdbc.sql("INSERT INTO " + table + " (" + key + ", returns) SELECT " + key + ", returns FROM " + recomputed)
                .update();
        return new TableReport(table, cells, counts[0], counts[1], counts[2], examples);
    }

    /** Cells, total and the sum of a 64-bit hash of each cell's key and count. */
    private List<Object> checksum(String table, String key) {
        return jdbc.sql("SELECT count(*), COALESCE(sum(returns), 0), COALESCE(sum(hashtextextended(concat_ws('|', "
                        + key + ", returns), 0)), 0) FROM " + table)
                .query((rs, row) -> List.<Object>of(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .single();
    }
}
