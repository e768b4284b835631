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
            new String[] {"return_rollup_area", "month, type, adm1, adm2, sex, age_group"},
            new String[] {"return_rollup_origin", "month, type, adm1, country, crossing, sex, age_group"});

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

    private TableReport compareAndReplace(String table, String key, String recomputed) {
        String join = " FROM " + table + " AS s FULL JOIN " + recomputed + " AS r USING (" + key + ")"
                + " WHERE s.returns IS DISTINCT FROM r.returns";
        long[] counts = jdbc.sql("SELECT count(*) FILTER (WHERE s.returns IS NULL),"
                        + " count(*) FILTER (WHERE r.returns IS NULL),"
                        + " count(*) FILTER (WHERE s.returns IS NOT NULL AND r.returns IS NOT NULL)" + join)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        List<String> columns = List.of(key.split(", "));
        List<CellDifference> examples = jdbc.sql("SELECT " + key
                        + ", COALESCE(s.returns, 0) AS stored, COALESCE(r.returns, 0) AS recomputed" + join
                        + " ORDER BY " + key + " LIMIT " + EXAMPLES)
                .query((rs, row) -> {
                    Map<String, String> cell = new LinkedHashMap<>();
                    for (String column : columns) {
                        cell.put(column, rs.getString(column));
                    }
                    return new CellDifference(cell, rs.getLong("stored"), rs.getLong("recomputed"));
                })
                .list();
        if (counts[0] + counts[1] + counts[2] > 0) {
            jdbc.sql("DELETE FROM " + table).update();
            jdbc.sql("INSERT INTO " + table + " (" + key + ", returns) SELECT " + key + ", returns FROM " + recomputed)
                    .update();
        }
        long cells =
                jdbc.sql("SELECT count(*) FROM " + recomputed).query(Long.class).single();
        return new TableReport(table, cells, counts[0], counts[1], counts[2], examples);
    }
}
