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
 * EXPLAIN ANALYZE of the registry's name search for one query of each kind and script: the two statements
 * {@code HouseholdSearches} runs for a caseworker who sees the whole country (a count capped at 1,001, then a page
 * of ids along the index {@code household_newest_ix}). The what-if of earlier runs (capped count, that index) is
 * what the registry does now.
 * The plans go to a file; only their execution times into the report.
 */
final class SearchPlans {

    private static final String PERSONS = "p.removed_at IS NULL AND p.name_keys @> :keys";
    /** As HouseholdSearches restricts to a rare name (at most 5,000 bearers): their households first. */
    private static final String RARE = "h.deleted_at IS NULL AND h.id = ANY (ARRAY(SELECT p.household_id FROM person p"
            + " WHERE " + PERSONS + "))";
    /** As HouseholdSearches restricts to a common name: households newest first, each checked. */
    private static final String COMMON = "h.deleted_at IS NULL AND EXISTS (SELECT 1 FROM person p"
            + " WHERE p.household_id = h.id AND " + PERSONS + ")";

    /** As HouseholdSearches first counts a common name: the households of its first 6,000 bearers. */
    private static final String SAMPLE = "h.deleted_at IS NULL AND h.id = ANY (ARRAY(SELECT p.household_id FROM person"
            + " p WHERE " + PERSONS + " LIMIT 6000))";

    private static final String COUNT = "SELECT count(*) FROM (SELECT 1 FROM household h WHERE %s LIMIT 1001) AS m";
    private static final String PAGE = "SELECT h.id FROM household h WHERE %s ORDER BY h.created_at DESC, h.id LIMIT "
            + NameSearchLoad.PAGE_SIZE + " OFFSET 0";
    /** How HouseholdSearches first asks how common the name is. */
    private static final String BEARERS =
            "SELECT count(*) FROM (SELECT 1 FROM person p WHERE " + PERSONS + " LIMIT 5001) AS bearers";
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
                "  EXPLAIN ANALYZE of the search statements, execution ms (bearers / count / page of ids / load the"
                        + " page's households); plans in %s",
                file);
        for (Script script : Script.values()) {
            for (Kind kind : Kind.values()) {
                Query query = queries.stream()
                        .filter(q -> q.script() == script && q.kind() == kind)
                        .findFirst()
                        .orElseThrow();
                String keys = "{" + String.join(",", NameKeys.keys(query.text())) + "}";
                String name = script.name().toLowerCase() + "." + kind.name().toLowerCase();
                long bearers = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM person p WHERE "
                                + PERSONS.replace(":keys", "'" + keys + "'::text[]") + " LIMIT 5001) AS b")
                        .query(Long.class)
                        .single();
                boolean rare = bearers <= 5_000;
                String bearersPlan = plan(BEARERS, keys);
                String count = plan(COUNT.formatted(rare ? RARE : SAMPLE), keys);
                String page = plan(PAGE.formatted(rare ? RARE : COMMON), keys);
                String ids = "'{" + String.join(",", jdbc.sql(PAGE.formatted(rare ? RARE : COMMON)
                                        .replace(":keys", "'" + keys + "'::text[]"))
                                .query(String.class)
                                .list()) + "}'::uuid[]";
                String load = LOAD.stream()
                        .map(statement -> plan(statement.replace(":ids", ids), keys))
                        .reduce((a, b) -> a + "\n" + b)
                        .orElseThrow();
                double loadMs = EXECUTION.matcher(load).results()
                        .mapToDouble(m -> Double.parseDouble(m.group(1)))
                        .sum();
                plans.append("== ")
                        .append(name)
                        .append(" keys ")
                        .append(keys)
                        .append("\n-- bearers\n")
                        .append(bearersPlan)
                        .append("\n-- count\n")
                        .append(count)
                        .append("\n-- page\n")
                        .append(page)
                        .append("\n-- load the page's households (3 statements)\n")
                        .append(load)
                        .append('\n');
                times.put(
                        name,
                        Map.of(
                                "bearersMs", executionTime(bearersPlan),
                                "countMs", executionTime(count),
                                "pageMs", executionTime(page),
                                "loadMs", Math.round(loadMs * 10) / 10.0));
                report.line(
                        "    %-28s %8.1f / %8.1f / %8.1f / %8.1f",
                        name,
                        executionTime(bearersPlan),
                        executionTime(count),
                        executionTime(page),
                        loadMs);
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
