package org.homeward.statistics.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.homeward.statistics.RecomputeReport;
import org.homeward.statistics.RecomputeReport.CellDifference;
import org.homeward.statistics.RecomputeReport.TableReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the roll-ups from return_movement by the counting rule and compares them with what the triggers kept.
 * Runs in one transaction that first locks return_movement against writes (SHARE), so no arrival can slip between
 * counting and comparing; workflow changes wait for it. First a check, month by month, that writes nothing and
 * groups no cells: sums of the cell hashes of V64, over the arrivals on one side and weighted by the counts over each
 * roll-up on the other. Only the months where a sum differs are recomputed by the counting rule's GROUP BY
 * ({@link RecomputeSql#FINE_FROM_MOVEMENTS}) into temporary tables, joined cell by cell, reported and repaired.
 * Scans may use parallel workers ({@code recompute-parallel-workers}).
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

    /** The coarser roll-ups, in the order of {@link #TABLES}. */
    private static final List<String> COARSE =
            TABLES.stream().skip(1).map(table -> table[0]).toList();

    /**
     * Each coarser roll-up and the column of return_rollup that holds the hash of its cell (V64): the hash its own
     * cell_hash column has for the same cell.
     */
    private static final Map<String, String> COARSE_HASH = Map.of(
            "return_rollup_area", "area_hash",
            "return_rollup_origin", "origin_hash",
            "return_rollup_adm1", "adm1_hash",
            "return_rollup_need", "need_hash");

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
        // parallel costs at zero: the planner otherwise keeps the rebuild's GROUP BY in one process, since that
        // aggregate cannot be split (nearly a cell per arrival); workers scanning and filtering still help
        jdbc.sql("SELECT set_config('work_mem', :mem, true), set_config('max_parallel_workers_per_gather', :workers,"
                        + " true), set_config('parallel_setup_cost', '0', true),"
                        + " set_config('parallel_tuple_cost', '0.0001', true)")
                .param("mem", properties.recomputeWorkMem())
                .param("workers", Integer.toString(properties.recomputeParallelWorkers()))
                .query()
                .listOfRows();
        Map<LocalDate, Sums> arrivals = arrivals();
        Map<LocalDate, List<Sums>> finest = finest();
        List<Map<LocalDate, Sums>> coarse = COARSE.stream().map(this::coarse).toList();
        List<LocalDate> drifted = drifted(arrivals, finest, coarse);
        List<Long> cells = cells(finest, coarse);
        List<TableReport> reports = drifted.isEmpty() ? consistent(cells) : rebuild(drifted, cells);
        boolean consistent = reports.stream().allMatch(TableReport::consistent);
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (!consistent) {
            log.warn("Recompute found roll-ups that differed from the movements; replaced: {}", reports);
        }
        long counted = arrivals.values().stream().mapToLong(Sums::returns).sum();
        return new RecomputeReport(start, millis, counted, consistent, reports);
    }

    /**
     * The months where a check by sums fails: the arrivals' cell hashes summed, against the finest roll-up's hashes
     * summed with each cell's count as weight; and the sum over the finest roll-up of the hash of the coarser cell
     * each of its cells falls in, against each coarser roll-up's own. Month by month (every roll-up is by month), so
     * that a drift is recomputed only where it is.
     */
    private static List<LocalDate> drifted(
            Map<LocalDate, Sums> arrivals, Map<LocalDate, List<Sums>> finest, List<Map<LocalDate, Sums>> coarse) {
        SortedSet<LocalDate> months = new TreeSet<>(arrivals.keySet());
        months.addAll(finest.keySet());
        coarse.forEach(table -> months.addAll(table.keySet()));
        List<LocalDate> drifted = new ArrayList<>();
        for (LocalDate month : months) {
            List<Sums> fine = finest.getOrDefault(month, NO_CELLS);
            boolean same = fine.get(0).matches(arrivals.getOrDefault(month, Sums.NONE));
            for (int i = 0; same && i < COARSE.size(); i++) {
                same = coarse.get(i).getOrDefault(month, Sums.NONE).matches(fine.get(i + 1));
            }
            if (!same) {
                drifted.add(month);
            }
        }
        return drifted;
    }

    /** The cells each roll-up holds, in the order of {@link #TABLES}, from its sums by month. */
    private static List<Long> cells(Map<LocalDate, List<Sums>> finest, List<Map<LocalDate, Sums>> coarse) {
        List<Long> cells = new ArrayList<>();
        cells.add(
                finest.values().stream().mapToLong(sums -> sums.get(0).cells()).sum());
        coarse.forEach(table ->
                cells.add(table.values().stream().mapToLong(Sums::cells).sum()));
        return cells;
    }

    /** Nothing drifted: each roll-up's report, with its cells. */
    private static List<TableReport> consistent(List<Long> cells) {
        List<TableReport> reports = new ArrayList<>();
        for (int i = 0; i < TABLES.size(); i++) {
            reports.add(new TableReport(TABLES.get(i)[0], cells.get(i), 0, 0, 0, List.of()));
        }
        return reports;
    }

    /** The finest roll-up's sums where a month has no cells. */
    private static final List<Sums> NO_CELLS = Collections.nCopies(COARSE.size() + 1, Sums.NONE);

    /**
     * The arrivals' cells hashes summed by month: from return_movement_arrivals_ix alone (V64: the date, and the
     * hash as an included column), by day in index order and in parallel, then by month.
     */
    private Map<LocalDate, Sums> arrivals() {
        Map<LocalDate, Sums> arrivals = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT date_trunc('month', day::timestamp)::date, 0, sum(n), sum(high), sum(low), 0
                          FROM (SELECT movement_date AS day, count(*) AS n, sum(cell_hash >> 32) AS high,
                                       sum(cell_hash & 4294967295) AS low
                                  FROM return_movement
                                 WHERE kind = 'ARRIVED'
                                 GROUP BY movement_date) AS days
                         GROUP BY 1
                        """).query(rs -> {
            arrivals.put(rs.getDate(1).toLocalDate(), Sums.of(rs, 2));
        });
        return arrivals;
    }

    /**
     * The finest roll-up's sums by month: its own cells' and, in the order of {@link #COARSE}, those of the coarser
     * cell each of its cells falls in.
     */
    private Map<LocalDate, List<Sums>> finest() {
        StringBuilder sums = new StringBuilder(weighted("cell_hash"));
        for (String table : COARSE) {
            sums.append(", ").append(weighted(COARSE_HASH.get(table)));
        }
        Map<LocalDate, List<Sums>> result = new LinkedHashMap<>();
        jdbc.sql("SELECT month, count(*), sum(returns), count(*) FILTER (WHERE returns <= 0), " + sums
                        + " FROM return_rollup GROUP BY month")
                .query(rs -> {
                    List<Sums> all = new ArrayList<>();
                    for (int i = 0; i <= COARSE.size(); i++) {
                        all.add(new Sums(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getBigDecimal(5 + 2 * i).toBigIntegerExact(),
                                rs.getBigDecimal(6 + 2 * i).toBigIntegerExact(),
                                rs.getLong(4)));
                    }
                    result.put(rs.getDate(1).toLocalDate(), all);
                });
        return result;
    }

    /** A coarser roll-up's own sums by month. */
    private Map<LocalDate, Sums> coarse(String table) {
        Map<LocalDate, Sums> result = new LinkedHashMap<>();
        jdbc.sql("SELECT month, count(*), sum(returns), " + weighted("cell_hash")
                        + ", count(*) FILTER (WHERE returns <= 0) FROM " + table + " GROUP BY month")
                .query(rs -> {
                    result.put(rs.getDate(1).toLocalDate(), Sums.of(rs, 2));
                });
        return result;
    }

    /** The high and low halves of a hash column, each summed with the count as weight. */
    private static String weighted(String hash) {
        return "COALESCE(sum((" + hash + " >> 32) * returns), 0), COALESCE(sum((" + hash
                + " & 4294967295) * returns), 0)";
    }

    /**
     * Cells, returns, the sums of the high and low 32 bits of the cell hashes weighted by the counts (split so that
     * they stay exact in bigint arithmetic), and the cells that are not positive: such a cell adds nothing to a sum,
     * and a recompute never produces it.
     */
    private record Sums(long cells, long returns, BigInteger high, BigInteger low, long notPositive) {

        static final Sums NONE = new Sums(0, 0, BigInteger.ZERO, BigInteger.ZERO, 0);

        /** The five columns from {@code first} on: cells, returns, high, low, not positive. */
        static Sums of(ResultSet rs, int first) throws SQLException {
            return new Sums(
                    rs.getLong(first),
                    rs.getLong(first + 1),
                    integer(rs.getBigDecimal(first + 2)),
                    integer(rs.getBigDecimal(first + 3)),
                    rs.getLong(first + 4));
        }

        private static BigInteger integer(BigDecimal value) {
            return value == null ? BigInteger.ZERO : value.toBigIntegerExact();
        }

        /** Whether these stored cells are exactly {@code expected}'s (whose cell count a sum cannot give). */
        boolean matches(Sums expected) {
            return notPositive == 0
                    && returns == expected.returns()
                    && high.equals(expected.high())
                    && low.equals(expected.low());
        }
    }

    /**
     * Recomputes the roll-ups of the given months from the movements into temporary tables, compares each with the
     * stored cells of those months and replaces the cells that differ. The months come in ranges of consecutive ones
     * (a first build is one range) so that the movements are read by return_movement_arrivals_ix.
     */
    private List<TableReport> rebuild(List<LocalDate> months, List<Long> cells) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate month : months) {
            if (!ranges.isEmpty() && ranges.getLast()[1].equals(month)) {
                ranges.getLast()[1] = month.plusMonths(1);
            } else {
                ranges.add(new LocalDate[] {month, month.plusMonths(1)});
            }
        }
        String movements = within(ranges, "movement_date");
        String inMonths = within(ranges, "month");
        jdbc.sql("CREATE TEMP TABLE recomputed_return_rollup ON COMMIT DROP AS "
                        + RecomputeSql.fineFromMovements(" AND (" + movements + ")"))
                .update();
        List<TableReport> reports = new ArrayList<>();
        for (int i = 0; i < TABLES.size(); i++) {
            String[] table = TABLES.get(i);
            String recomputed = "recomputed_" + table[0];
            if (i > 0) {
                jdbc.sql("CREATE TEMP TABLE " + recomputed + " ON COMMIT DROP AS SELECT " + table[1]
                                + ", sum(returns) AS returns FROM recomputed_return_rollup GROUP BY " + table[1])
                        .update();
            }
            reports.add(compareAndReplace(table[0], table[1], recomputed, inMonths, cells.get(i)));
        }
        return reports;
    }

    /** A condition that {@code column} falls in one of the ranges [from, to) (false for none). */
    private static String within(List<LocalDate[]> ranges, String column) {
        if (ranges.isEmpty()) {
            return "false";
        }
        List<String> conditions = new ArrayList<>();
        for (LocalDate[] range : ranges) {
            conditions.add(column + " >= DATE '" + range[0] + "' AND " + column + " < DATE '" + range[1] + "'");
        }
        return "(" + String.join(") OR (", conditions) + ")";
    }

    /**
     * Compares the stored cells of some months with the recomputed ones, first by cells, total and an
     * order-independent checksum; only when they differ does it join the two to find and report the differing cells
     * and replace exactly those. Answers the table's cells after the repair: those it had ({@code cells}), with the
     * added and without the removed.
     */
    private TableReport compareAndReplace(String table, String key, String recomputed, String months, long cells) {
        String stored = "(SELECT " + key + ", returns FROM " + table + " WHERE " + months + ")";
        if (checksum(stored + " AS stored", key).equals(checksum(recomputed, key))) {
            return new TableReport(table, cells, 0, 0, 0, List.of());
        }
        jdbc.sql("CREATE TEMP TABLE rollup_difference ON COMMIT DROP AS SELECT " + key
                        + ", s.returns AS stored, r.returns AS recomputed FROM "
                        + stored + " AS s"
                        + " FULL JOIN " + recomputed + " AS r USING (" + key + ")"
                        + " WHERE s.returns IS DISTINCT FROM r.returns")
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
        String sameCell =
                columns.stream().map(column -> "t." + column + " = d." + column).collect(Collectors.joining(" AND "));
        jdbc.sql("DELETE FROM " + table + " AS t USING rollup_difference AS d WHERE " + sameCell
                        + " AND d.stored IS NOT NULL")
                .update();
        jdbc.sql("INSERT INTO " + table + " (" + key + ", returns) SELECT " + key
                        + ", recomputed FROM rollup_difference WHERE recomputed IS NOT NULL")
                .update();
        jdbc.sql("DROP TABLE rollup_difference").update();
        return new TableReport(table, cells + counts[0] - counts[1], counts[0], counts[1], counts[2], examples);
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
