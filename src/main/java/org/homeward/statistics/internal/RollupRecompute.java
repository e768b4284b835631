package org.homeward.statistics.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * the finest roll-up by one GROUP BY over the arrivals, the four coarser ones from it. Runs in one transaction that
 * first locks return_movement against writes (SHARE), so no arrival can slip between counting and comparing;
 * workflow changes wait for it. The GROUP BY may use parallel workers ({@code recompute-parallel-workers}). First a
 * check by checksums that writes nothing; only when it finds a difference are the roll-ups recomputed into
 * temporary tables, joined cell by cell, reported and replaced.
 */
@Component
class RollupRecompute {

    static final String FINE_KEY = "month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs";

    /** The roll-ups: table, key columns, and how the recomputed cells are built. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"return_rollup", FINE_KEY},
            new String[] {"return_rollup_adm1", "month, type, adm1, sex, age_group"},
            new String[] {"return_rollup_origin", "month, type, country, crossing, sex, age_group"},
            new String[] {"return_rollup_area", "month, type, adm1, adm2, sex, age_group"},
            new String[] {"return_rollup_need", "month, type, adm1, sex, age_group, needs"});

    /**
     * The quick check's order, and what each coarser roll-up is summed from there: the finest one, except the
     * governorates, summed from the districts roll-up once that is proven equal to its recomputation (a tenth of the
     * rows to read).
     */
    private static final List<String> QUICK_ORDER =
            List.of("return_rollup_area", "return_rollup_origin", "return_rollup_need", "return_rollup_adm1");

    private static final Map<String, String> QUICK_SOURCE = Map.of("return_rollup_adm1", "return_rollup_area");

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
        // parallel costs at zero: the planner otherwise keeps the whole scan in one process, since the aggregate
        // cannot be split (nearly a cell per arrival); workers scanning and filtering still save a third
        jdbc.sql("SELECT set_config('work_mem', :mem, true), set_config('max_parallel_workers_per_gather', :workers,"
                        + " true), set_config('parallel_setup_cost', '0', true),"
                        + " set_config('parallel_tuple_cost', '0.0001', true)")
                .param("mem", properties.recomputeWorkMem())
                .param("workers", Integer.toString(properties.recomputeParallelWorkers()))
                .query()
                .listOfRows();
        Outcome outcome = quickCheck();
        if (outcome == null) {
            outcome = rebuild();
        }
        List<TableReport> reports = outcome.reports();
        long arrivals = outcome.arrivals();
        boolean consistent = reports.stream().allMatch(TableReport::consistent);
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (!consistent) {
            log.warn("Recompute found roll-ups that differed from the movements; replaced: {}", reports);
        }
        return new RecomputeReport(start, millis, arrivals, consistent, reports);
    }

    /**
     * The usual case, no drift, without writing anything: the finest roll-up recomputed by the counting rule's GROUP
     * BY and checksummed on the fly (no temporary table), against the stored one's checksum. Once they are equal the
     * stored finest roll-up is the recomputed one, so each coarser roll-up recomputed from it is summed straight
     * from return_rollup (or from a coarser roll-up already proven equal, see {@link #QUICK_SOURCE}) and checksummed
     * against the stored one. Answers null when anything differs: then {@link
     * #rebuild()} materialises everything from the movements and reports each differing cell.
     */
    private Outcome quickCheck() {
        List<Object> fresh = checksum("(" + RecomputeSql.FINE_FROM_MOVEMENTS + ") AS fresh", FINE_KEY);
        if (!checksum("return_rollup", FINE_KEY).equals(fresh)) {
            return null;
        }
        Map<String, TableReport> checked = new HashMap<>();
        checked.put("return_rollup", consistent("return_rollup", fresh));
        for (String name : QUICK_ORDER) {
            String key = keyOf(name);
            String source = QUICK_SOURCE.getOrDefault(name, "return_rollup");
            List<Object> derived = checksum(
                    "(SELECT " + key + ", sum(returns) AS returns FROM " + source + " GROUP BY " + key + ") AS derived",
                    key);
            if (!checksum(name, key).equals(derived)) {
                return null;
            }
            checked.put(name, consistent(name, derived));
        }
        List<TableReport> reports =
                TABLES.stream().map(table -> checked.get(table[0])).toList();
        return new Outcome(reports, ((BigDecimal) fresh.get(1)).longValueExact());
    }

    private static String keyOf(String table) {
        return TABLES.stream()
                .filter(entry -> entry[0].equals(table))
                .findFirst()
                .orElseThrow()[1];
    }

    private static TableReport consistent(String table, List<Object> checksum) {
        return new TableReport(table, (Long) checksum.get(0), 0, 0, 0, List.of());
    }

    /** The tables' reports and the arrivals counted. */
    private record Outcome(List<TableReport> reports, long arrivals) {}

    /** Recomputes every roll-up from the movements into temporary tables, compares each and replaces what differs. */
    private Outcome rebuild() {
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
        return new Outcome(reports, arrivals);
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

    /**
     * Cells, total and the sum of a 64-bit hash of each cell's key and count. The hash is of the typed row (no text
     * built per cell); each column is cast to the roll-up's type so that a cell hashes alike whether it comes from
     * the movements (CHAR columns) or from a roll-up table (TEXT).
     */
    private List<Object> checksum(String from, String key) {
        return jdbc.sql("SELECT count(*), COALESCE(sum(returns), 0), COALESCE(sum(hash_record_extended(ROW("
                        + typed(key) + ", returns::bigint), 0)), 0) FROM " + from)
                .query((rs, row) -> List.<Object>of(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .single();
    }

    private static String typed(String key) {
        List<String> columns = new ArrayList<>();
        for (String column : key.split(", ")) {
            columns.add(
                    switch (column) {
                        case "month" -> "month::date";
                        case "needs" -> "needs::smallint";
                        default -> column + "::text";
                    });
        }
        return String.join(", ", columns);
    }
}
