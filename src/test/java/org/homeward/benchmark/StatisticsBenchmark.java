package org.homeward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.Role;
import org.homeward.registry.DisplacedPopulation;
import org.homeward.statistics.RecomputeReport;
import org.homeward.statistics.ReturnStatistics;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The statistics benchmark (docs/benchmarks.md): {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=Statistics}.
 * Loads N synthetic person-movements (default 50 million; {@code -Dbenchmark.movements=2000000} for a short run)
 * into a durable embedded PostgreSQL, builds the roll-ups with the recompute, then measures: the headline plus a
 * 3-way breakdown through the API (p50/p95/p99), other breakdowns, and the recompute against DuckDB running the
 * same GROUP BY on the same rows, side by side. Prints a table and writes {@code target/benchmarks/statistics.json};
 * checks no speed target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsBenchmark {

    static final Path OUTPUT = Path.of("target", "benchmarks");
    static final Path DATABASE = OUTPUT.resolve("postgres-statistics");

    static final String PAIR_BREAKDOWN = "/api/v1/statistics/returns?groupBy=adm1,month,type";

    /** Further breakdowns, each from a different roll-up or part of the movements. */
    static final List<String> OTHER_QUERIES = List.of(
            "/api/v1/statistics/returns?groupBy=adm1,sex,ageGroup&type=REFUGEE",
            "/api/v1/statistics/returns?groupBy=adm2,sex,ageGroup&from=2024-01-01",
            "/api/v1/statistics/returns?groupBy=country,crossing,year",
            "/api/v1/statistics/returns?groupBy=month,type&adm1=SY07&from=2025-01-15&to=2025-06-14",
            "/api/v1/statistics/returns?groupBy=adm3,type&adm1=SY04",
            "/api/v1/statistics/returns?groupBy=need,sex&from=2025-01-01");

    @DynamicPropertySource
    static void durableDatabase(DynamicPropertyRegistry registry) throws IOException {
        if (Files.exists(DATABASE)) {
            try (var paths = Files.walk(DATABASE)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        registry.add("homeward.db.embedded.ephemeral", () -> "false");
        registry.add(
                "homeward.db.embedded.data-directory",
                () -> DATABASE.toAbsolutePath().toString());
        registry.add("homeward.statistics.recompute-work-mem", () -> System.getProperty("benchmark.workMem", "1GB"));
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReturnStatistics statistics;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    DisplacedPopulation.Query population;

    @Autowired
    Clock clock;

    final BenchmarkReport report = new BenchmarkReport();
    final long movements = Long.getLong("benchmark.movements", 50_000_000L);
    final long households = Long.getLong("benchmark.households", 1_000_000L);
    final int queries = Integer.getInteger("benchmark.queries", 200);
    final int runs = Integer.getInteger("benchmark.runs", 3);
    final String workMem = System.getProperty("benchmark.workMem", "1GB");
    final double loadAtStart = BenchmarkReport.loadAverage();

    @Test
    void statistics() throws Exception {
        String postgres = jdbc.sql("SHOW server_version").query(String.class).single();
        report.line(
                "Homeward statistics benchmark, %s; %d processors; PostgreSQL %s; work_mem for the recompute %s;"
                        + " load average at start %.1f",
                LocalDate.now(clock), Runtime.getRuntime().availableProcessors(), postgres, workMem, loadAtStart);
        report.put(
                "environment",
                Map.of(
                        "date", LocalDate.now(clock).toString(),
                        "processors", Runtime.getRuntime().availableProcessors(),
                        "postgres", postgres,
                        "workMem", workMem,
                        "loadAverageAtStart", loadAtStart));

        SyntheticMovements.Result load =
                new SyntheticMovements(jdbc).load(movements, LocalDate.now(clock), gazetteer.currentEdition());
        report.put("load", load);
        report.line(
                "Load: %,d persons, %,d movements (%,d arrivals) in %.0f s (%,.0f rows/s); indexes, VACUUM ANALYZE %.0f s",
                load.persons(),
                load.rows(),
                load.arrivals(),
                load.loadSeconds(),
                load.rows() / load.loadSeconds(),
                load.indexSeconds());

        registry();

        RecomputeReport build = statistics.recompute();
        report.line(
                "Recompute, first (builds the roll-ups: %,d cells in the finest): %.1f s",
                build.tables().get(0).cells(), build.tookMillis() / 1e3);
        List<Double> recomputes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            RecomputeReport again = statistics.recompute();
            assertThat(again.consistent()).as(again.toString()).isTrue();
            recomputes.add(again.tookMillis() / 1e3);
        }
        double drift = drift();
        List<Double> postgresGroupBy = postgresGroupBy();
        Map<String, Object> duck = duckDb(load.rows());
        @SuppressWarnings("unchecked")
        List<Double> duckGroupBy = (List<Double>) duck.get("groupBySeconds");
        double ratio = median(postgresGroupBy) / median(duckGroupBy);
        double recomputeRatio = median(recomputes) / median(duckGroupBy);
        report.put(
                "recompute",
                Map.of(
                        "buildSeconds",
                        build.tookMillis() / 1e3,
                        "cells",
                        build.tables().get(0).cells(),
                        "verifySeconds",
                        recomputes,
                        "oneDriftedCellSeconds",
                        drift,
                        "postgresGroupBySeconds",
                        postgresGroupBy,
                        "duckdb",
                        duck,
                        "groupByRatio",
                        Latencies.round(ratio),
                        "recomputeRatio",
                        Latencies.round(recomputeRatio)));
        report.line(
                "Recompute, nothing drifted (sums of cell hashes over the arrivals and the roll-ups), %d runs: %s s",
                runs, recomputes);
        report.line(
                "Recompute, one cell of the finest roll-up drifted (found, its month recomputed by the GROUP BY and"
                        + " repaired): %.1f s",
                drift);
        report.line("PostgreSQL GROUP BY alone into a temporary table, %d runs: %s s", runs, postgresGroupBy);
        report.line(
                "DuckDB %s (%s threads): export by COPY %.0f s, load %.0f s; the same GROUP BY into a table, %d runs: %s s",
                duck.get("version"),
                duck.get("threads"),
                duck.get("exportSeconds"),
                duck.get("loadSeconds"),
                runs,
                duckGroupBy);
        report.line(
                "Ratio PostgreSQL / DuckDB (medians): GROUP BY %.1f x; whole recompute %.1f x (target 1.5 x);"
                        + " recompute with one drifted cell %.1f x",
                ratio, recomputeRatio, drift / median(duckGroupBy));

        queries();
        report.put("loadAverageAtEnd", BenchmarkReport.loadAverage());
        report.line("load average (1 min) at start %.1f, at end %.1f", loadAtStart, BenchmarkReport.loadAverage());
        report.print();
        report.write(OUTPUT.resolve("statistics.json"));
    }

    /**
     * Fills the registry with synthetic households (the headline counts its population by status) and compares
     * reading that population from the registry's roll-up, as the headline does, with the scan of household it
     * replaces.
     */
    private void registry() throws Exception {
        long organisation = TestUsers.of(context).organisation("BENCH");
        SyntheticHouseholds.Result load = new SyntheticHouseholds(jdbc).load(households, organisation);
        Latencies rollup = new Latencies();
        Latencies scan = new Latencies();
        for (int i = 0; i < 30; i++) {
            long started = System.nanoTime();
            population.now();
            long middle = System.nanoTime();
            jdbc.sql("SELECT displacement_status, sum(member_count) FROM household WHERE deleted_at IS NULL"
                            + " GROUP BY displacement_status")
                    .query()
                    .listOfRows();
            long ended = System.nanoTime();
            if (i >= 5) {
                rollup.add(middle - started);
                scan.add(ended - middle);
            }
        }
        long rows = jdbc.sql("SELECT count(*) FROM household_population")
                .query(Long.class)
                .single();
        report.put(
                "registry",
                Map.of(
                        "households", load.households(),
                        "people", load.people(),
                        "loadSeconds", Latencies.round(load.loadSeconds()),
                        "populationRollupRows", rows,
                        "fromRollup", rollup.summary(),
                        "scanOfHousehold", scan.summary()));
        report.line(
                "Registry: %,d households (%,d people) inserted by SQL with the population trigger on in %.0f s;"
                        + " population by status from the roll-up (%,d rows) p50 %.2f ms, by scanning household"
                        + " p50 %.1f ms",
                load.households(),
                load.people(),
                load.loadSeconds(),
                rows,
                rollup.percentile(0.5),
                scan.percentile(0.5));
    }

    /**
     * One cell of the finest roll-up made wrong, as a bug or a repair by hand might: the recompute must find it,
     * recompute its month and repair it, and the next one find everything consistent. Answers the seconds.
     */
    private double drift() {
        int changed = jdbc.sql("UPDATE return_rollup SET returns = returns + 1 WHERE ctid = (SELECT ctid FROM"
                        + " return_rollup WHERE month = (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY month)"
                        + " FROM return_rollup_adm1) LIMIT 1)")
                .update();
        assertThat(changed).isEqualTo(1);
        RecomputeReport found = statistics.recompute();
        assertThat(found.consistent()).isFalse();
        assertThat(found.tables().get(0).changed()).as(found.toString()).isEqualTo(1);
        assertThat(statistics.recompute().consistent()).isTrue();
        return found.tookMillis() / 1e3;
    }

    /** The headline plus a 3-way breakdown, as the dashboard asks them, then other breakdowns; all as an analyst. */
    private void queries() {
        Http http = new Http(port);
        String token =
                TestUsers.of(context).create(Role.ANALYST, "UNHCR", Set.of()).token();
        for (int i = 0; i < 20; i++) {
            ok(http.get("/api/v1/statistics/headline", token));
            ok(http.get(PAIR_BREAKDOWN, token));
        }
        Latencies pair = new Latencies();
        Latencies headline = new Latencies();
        Latencies breakdown = new Latencies();
        for (int i = 0; i < queries; i++) {
            long started = System.nanoTime();
            ok(http.get("/api/v1/statistics/headline", token));
            long middle = System.nanoTime();
            ok(http.get(PAIR_BREAKDOWN, token));
            long ended = System.nanoTime();
            headline.add(middle - started);
            breakdown.add(ended - middle);
            pair.add(ended - started);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("headlinePlusBreakdown", pair.summary());
        figures.put("headline", headline.summary());
        figures.put("breakdown " + PAIR_BREAKDOWN, breakdown.summary());
        report.line("Through the API (HTTP, bearer token, analyst), %d times each, ms:", queries);
        report.line("  %-90s %8s %8s %8s", "request", "p50", "p95", "p99");
        line("headline + " + PAIR_BREAKDOWN + " (target p95 <= 100)", pair);
        line("/api/v1/statistics/headline", headline);
        line(PAIR_BREAKDOWN, breakdown);
        for (String query : OTHER_QUERIES) {
            Latencies latencies = new Latencies();
            for (int i = 0; i < Math.max(10, queries / 4); i++) {
                long started = System.nanoTime();
                ok(http.get(query, token));
                latencies.add(System.nanoTime() - started);
            }
            figures.put(query, latencies.summary());
            line(query, latencies);
        }
        report.put("queries", figures);
    }

    private void line(String request, Latencies latencies) {
        report.line(
                "  %-90s %8.1f %8.1f %8.1f",
                request, latencies.percentile(0.5), latencies.percentile(0.95), latencies.percentile(0.99));
    }

    /** The recompute's GROUP BY alone, as PostgreSQL runs it inside the recompute. */
    private List<Double> postgresGroupBy() throws Exception {
        List<Double> seconds = new ArrayList<>();
        String groupBy = org.homeward.statistics.internal.RecomputeSql.FINE_FROM_MOVEMENTS;
        for (int i = 0; i < runs; i++) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("SET LOCAL work_mem = '" + workMem + "'");
                long started = System.nanoTime();
                statement.execute("CREATE TEMP TABLE grouped ON COMMIT DROP AS " + groupBy);
                seconds.add(Latencies.round((System.nanoTime() - started) / 1e9));
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        return seconds;
    }

    private Map<String, Object> duckDb(long rows) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (DuckDbBaseline duck = new DuckDbBaseline(OUTPUT.resolve("statistics.duckdb"))) {
            double[] loaded = duck.load(dataSource, OUTPUT.resolve("statistics-movements.csv"));
            assertThat((long) loaded[2]).isEqualTo(rows);
            figures.put("version", duck.version());
            figures.put("threads", duck.threads());
            figures.put("exportSeconds", Latencies.round(loaded[0]));
            figures.put("loadSeconds", Latencies.round(loaded[1]));
            figures.put(
                    "groupBySeconds",
                    duck.groupBy(runs).stream().map(Latencies::round).toList());
            figures.put("cells", duck.cells());
        }
        Files.deleteIfExists(OUTPUT.resolve("statistics.duckdb"));
        return figures;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
