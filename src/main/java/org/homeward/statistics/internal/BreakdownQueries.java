package org.homeward.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.statistics.ReturnDimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a breakdown: one grouped query per part of the period (whole months from a roll-up, single days
 * from the movements), merged here. Values and filters travel as bind parameters; only dimension names, which
 * come from an enum, are written into the SQL.
 */
@Repository
class BreakdownQueries {

    private final JdbcClient jdbc;

    BreakdownQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds to {@code cells} the returns between {@code from} and {@code to} (for a roll-up: first days of months)
     * grouped by {@code groupBy}, counting only rows that pass {@code filters} (values as stored, '' for unknown).
     */
    void addCounts(
            RollupSource source,
            LocalDate from,
            LocalDate to,
            List<ReturnDimension> groupBy,
            Map<ReturnDimension, Set<String>> filters,
            Map<List<String>, Long> cells) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        List<String> where = new ArrayList<>();
        where.add(source.arrivalsOnly());
        where.add(source.date() + " BETWEEN :from AND :to");
        filters.forEach((dimension, values) -> where.add(filter(source, dimension, values, params)));
        boolean byNeed = groupBy.contains(ReturnDimension.NEED);
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < groupBy.size(); i++) {
            selected.add(source.value(groupBy.get(i)) + " AS d" + i);
        }
        selected.add(source.count() + " AS n");
        String sql = "SELECT " + String.join(", ", selected)
                + "\n FROM " + source.table() + " AS src\n"
                + (byNeed ? source.needJoin() : "")
                + " WHERE " + String.join("\n   AND ", where)
                + (groupBy.isEmpty()
                        ? ""
                        : "\n GROUP BY "
                                + java.util.stream.IntStream.range(1, groupBy.size() + 1)
                                        .mapToObj(Integer::toString)
                                        .collect(Collectors.joining(", ")));
        jdbc.sql(sql).params(params).query(rs -> {
            List<String> key = new ArrayList<>(groupBy.size());
            for (int i = 0; i < groupBy.size(); i++) {
                ReturnDimension dimension = groupBy.get(i);
                key.add(
                        dimension.isPeriod()
                                ? RollupSource.period(
                                        dimension, rs.getDate(i + 1).toLocalDate())
                                : rs.getString(i + 1));
            }
            long count = rs.getLong(groupBy.size() + 1);
            if (count != 0) {
                cells.merge(key, count, Long::sum);
            }
        });
    }

    private static String filter(
            RollupSource source, ReturnDimension dimension, Set<String> values, Map<String, Object> params) {
        String name = "f_" + dimension.code();
        if (dimension == ReturnDimension.NEED) {
            List<String> codes =
                    values.stream().filter(code -> !code.equals("NONE")).toList();
            params.put(name, codes.stream().collect(Collectors.joining(",", "{", "}")));
            String some = "(" + source.needs() + " & return_need_bits(:" + name + "::text[])) <> 0";
            return values.contains("NONE") ? "(" + some + " OR " + source.needs() + " = 0)" : some;
        }
        params.put(name, List.copyOf(values));
        return source.value(dimension) + " IN (:" + name + ")";
    }
}
