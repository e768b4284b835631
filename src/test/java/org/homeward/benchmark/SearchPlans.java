package org.homeward.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
 * EXPLAIN ANALYZE of the registry's name search for one query of each kind and script: the statement
 * {@code HouseholdSearches} runs for a caseworker who sees the whole country (bearers, a count capped at 1,001 and a
 * page of ids, along the index {@code household_newest_ix} for a common name), and the three that load the page's
 * households ({@code HouseholdStore.findAll}).
 * The plans go to a file; only their execution times into the report.
 */
final class SearchPlans {

    private static final String PERSONS = "p.removed_at IS NULL AND p.name_keys @> :keys";
    private static final String NEWEST = " ORDER BY h.created_at DESC, h.id LIMIT 20 OFFSET 0";
    private static final String SAMPLED =
            "h.deleted_at IS NULL AND h.id = ANY (ARRAY(SELECT household_id FROM bearers))";
    private static final String COMMON = "h.deleted_at IS NULL AND EXISTS (SELECT 1 FROM person p"
            + " WHERE p.household_id = h.id AND " + PERSONS + ")";
    /**
     * As HouseholdSearches.findName searches a name for a caseworker who sees the whole country: up to 6,000 bearers
     * from the name index, their households counted up to 1,001, and the page read the rare (at most 5,000 bearers)
     * or the common way.
     */
    private static final String NAME = "WITH bearers AS MATERIALIZED (SELECT p.household_id FROM person p WHERE "
            + PERSONS + " LIMIT 6000), sample AS (SELECT count(*) AS bearers FROM bearers)"
            + " SELECT sample.bearers, (SELECT count(*) FROM (SELECT 1 FROM household h WHERE " + SAMPLED
            + " LIMIT 1001) AS matching) AS households,"
            + " CASE WHEN sample.bearers <= 5000 THEN ARRAY(SELECT h.id FROM household h WHERE " + SAMPLED + NEWEST
            + ") ELSE ARRAY(SELECT h.id FROM household h WHERE " + COMMON + NEWEST + ") END AS page FROM sample";

    /** How HouseholdStore.findAll loads the page's households, with their members and documents. */
    private static final List<String> LOAD = List.of(
            "SELECT d.* FROM identity_document d JOIN person p ON p.id = d.person_id"
                    + " WHERE p.household_id = ANY (:ids) ORDER BY d.person_id, d.position, d.id",
            "SELECT * FROM person WHERE household_id = ANY (:ids) AND removed_at IS NULL ORDER BY household_id, position",
            "SELECT * FROM household WHERE id = ANY (:ids)");

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

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
                "  EXPLAIN ANALYZE of the search statements, execution ms (the name search: bearers, count, page of"
                        + " ids / loading the page's households); plans in %s",
                file);
        for (Script script : Script.values()) {
            for (Kind kind : Kind.values()) {
                Query query = queries.stream()
                        .filter(q -> q.script() == script && q.kind() == kind)
                        .findFirst()
                        .orElseThrow();
                String keys = "{" + String.join(",", NameKeys.keys(query.text())) + "}";
                String name = script.name().toLowerCase() + "." + kind.name().toLowerCase();
                String search = plan(NAME, keys);
                String ids = "'{"
                        + String.join(
                                ",",
                                jdbc
                                        .sql(NAME.replace(":keys", "'" + keys + "'::text[]"))
                                        .query((row, n) -> List.of(
                                                (Object[]) row.getArray("page").getArray()))
                                        .single()
                                        .stream()
                                        .map(Object::toString)
                                        .toList())
                        + "}'::uuid[]";
                String load = LOAD.stream()
                        .map(statement -> plan(statement.replace(":ids", ids), keys))
                        .reduce((a, b) -> a + "\n" + b)
                        .orElseThrow();
                double loadMs = EXECUTION
                        .matcher(load)
                        .results()
                        .mapToDouble(m -> Double.parseDouble(m.group(1)))
                        .sum();
                plans.append("== ")
                        .append(name)
                        .append(" keys ")
                        .append(keys)
                        .append("\n-- search: bearers, count and page in one statement\n")
                        .append(search)
                        .append("\n-- load the page's households (3 statements)\n")
                        .append(load)
                        .append('\n');
                times.put(name, Map.of("searchMs", executionTime(search), "loadMs", Math.round(loadMs * 10) / 10.0));
                report.line("    %-28s %8.1f / %8.1f", name, executionTime(search), loadMs);
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, plans);
        report.put("searchPlans", times);
    }

    /** The keys written into the statement as the registry writes them (letters only: no quoting issue). */
    private String plan(String statement, String keys) {
        return String.join(
                "\n",
                jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.replace(":keys", "'" + keys + "'::text[]"))
                        .query(String.class)
                        .list());
    }

    private static double executionTime(String plan) {
        Matcher matcher = EXECUTION.matcher(plan);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
