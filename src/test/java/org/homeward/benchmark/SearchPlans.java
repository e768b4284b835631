package org.homeward.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.homeward.benchmark.SearchQueries.Kind;
import org.homeward.benchmark.SearchQueries.Query;
import org.homeward.benchmark.SearchQueries.Script;
import org.homeward.registry.internal.NameKeys;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * EXPLAIN ANALYZE of the registry's name search for one query of each kind and script: the two statements
 * {@code HouseholdSearches} runs for a caseworker who sees the whole country (a count, then a page of ids).
 * The plans go to a file; only their execution times into the report.
 */
final class SearchPlans {

    private static final String WHERE = """
            h.deleted_at IS NULL AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id
                AND p.removed_at IS NULL AND p.name_keys @> CAST(:keys AS text[]))""";
    private static final String COUNT = "SELECT count(*) FROM household h WHERE " + WHERE;
    private static final String PAGE = "SELECT h.id FROM household h WHERE " + WHERE
            + " ORDER BY h.created_at DESC, h.id LIMIT " + NameSearchLoad.PAGE_SIZE + " OFFSET 0";
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    /**
     * A count of matching persons that stops at 1,001, straight from the name index: "more than 1,000" is all
     * a search page needs to say, and below that an exact count of households is cheap.
     */
    private static final String CAPPED_COUNT = "SELECT count(*) FROM (SELECT 1 FROM person p WHERE p.removed_at IS NULL"
            + " AND p.name_keys @> CAST(:keys AS text[]) LIMIT 1001) capped";

    /** The index the page statement lacks: newest households first, so that it can stop after a page. */
    private static final String NEWEST_FIRST =
            "CREATE INDEX benchmark_household_newest ON household (created_at DESC, id) WHERE deleted_at IS NULL";

    private final JdbcClient jdbc;
    private final BenchmarkReport report;

    private final DataSource dataSource;

    SearchPlans(JdbcClient jdbc, DataSource dataSource, BenchmarkReport report) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.report = report;
    }

    void explain(List<Query> queries, Path file) throws IOException, SQLException {
        StringBuilder plans = new StringBuilder();
        Map<String, Object> times = new LinkedHashMap<>();
        report.line(
                "  EXPLAIN ANALYZE of the search statements, execution ms (count / page of ids); plans in %s", file);
        for (Script script : Script.values()) {
            for (Kind kind : Kind.values()) {
                Query query = queries.stream()
                        .filter(q -> q.script() == script && q.kind() == kind)
                        .findFirst()
                        .orElseThrow();
                String keys = "{" + String.join(",", NameKeys.keys(query.text())) + "}";
                String name = script.name().toLowerCase() + "." + kind.name().toLowerCase();
                String count = plan(COUNT, keys);
                String page = plan(PAGE, keys);
                plans.append("== ")
                        .append(name)
                        .append(" keys ")
                        .append(keys)
                        .append("\n-- count\n")
                        .append(count)
                        .append("\n-- page\n")
                        .append(page)
                        .append('\n');
                times.put(name, Map.of("countMs", executionTime(count), "pageMs", executionTime(page)));
                report.line("    %-28s %8.1f / %8.1f", name, executionTime(count), executionTime(page));
            }
        }
        whatIf(queries, plans, times);
        Files.createDirectories(file.getParent());
        Files.writeString(file, plans);
        report.put("searchPlans", times);
    }

    /**
     * The family-name queries again, with a capped count and with an index on the households' creation time,
     * in a transaction that is rolled back: what those two changes to the registry would give, measured on
     * the same data, without changing it.
     */
    private void whatIf(List<Query> queries, StringBuilder plans, Map<String, Object> times) throws SQLException {
        report.line(
                "    what if (rolled back): count of persons capped at 1,001 / page with an index on household (created_at DESC, id)");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(NEWEST_FIRST);
                statement.execute("ANALYZE household");
            }
            for (Script script : Script.values()) {
                Query query = queries.stream()
                        .filter(q -> q.script() == script && q.kind() == Kind.FAMILY)
                        .findFirst()
                        .orElseThrow();
                String keys = "{" + String.join(",", NameKeys.keys(query.text())) + "}";
                String name = script.name().toLowerCase() + ".family, what if";
                String count = plan(connection, CAPPED_COUNT, keys);
                String page = plan(connection, PAGE, keys);
                plans.append("== ")
                        .append(name)
                        .append(" keys ")
                        .append(keys)
                        .append("\n-- capped count\n")
                        .append(count)
                        .append("\n-- page with index\n")
                        .append(page)
                        .append('\n');
                times.put(name, Map.of("cappedCountMs", executionTime(count), "pageWithIndexMs", executionTime(page)));
                report.line("    %-28s %8.1f / %8.1f", name, executionTime(count), executionTime(page));
            }
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static String plan(Connection connection, String statement, String keys) throws SQLException {
        List<String> lines = new java.util.ArrayList<>();
        try (PreparedStatement explain =
                connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.replace(":keys", "?"))) {
            explain.setString(1, keys);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return String.join("\n", lines);
    }

    private String plan(String statement, String keys) {
        return String.join(
                "\n",
                jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement)
                        .param("keys", keys)
                        .query(String.class)
                        .list());
    }

    private static double executionTime(String plan) {
        Matcher matcher = EXECUTION.matcher(plan);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
