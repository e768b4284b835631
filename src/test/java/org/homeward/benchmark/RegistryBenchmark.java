package org.homeward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.homeward.benchmark.SearchQueries.Query;
import org.homeward.benchmark.SearchQueries.Script;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.Role;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.internal.HouseholdBulkWriter;
import org.homeward.registry.internal.demo.DemoPlaces;
import org.homeward.registry.internal.demo.NameBook;
import org.homeward.registry.internal.demo.SyntheticRegistry;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry benchmark (docs/benchmarks.md): {@code ./mvnw -B -Pbenchmark verify}. Fills a durable
 * embedded PostgreSQL (fsync on, as in production) with a million synthetic persons through the bulk path,
 * then measures name search in both scripts, registration through the API with concurrent clients, and
 * PostgreSQL alone on the same rows. Prints a table and writes {@code target/benchmarks/registry.json}.
 * It checks no speed target: it measures, and the figures are read by people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryBenchmark {

    static final Path OUTPUT = Path.of("target", "benchmarks");
    static final Path DATABASE = OUTPUT.resolve("postgres");

    /** A fresh durable cluster for every run: the test profile's ephemeral one runs with fsync off. */
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
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    HouseholdBulkWriter writer;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    final BenchmarkReport report = new BenchmarkReport();
    final CpuMeter cpu = new CpuMeter(DATABASE);

    @Test
    void registry() throws Exception {
        describeEnvironment();
        TestUsers users = TestUsers.of(context);
        List.of("SARC", "UNHCR", "IOM", SyntheticRegistry.PARTNER).forEach(users::organisation);
        NameBook names = NameBook.load();
        SyntheticRegistry generator = new SyntheticRegistry(
                names, DemoPlaces.fromGazetteer(gazetteer), settings.seed(), LocalDate.now(clock));

        CpuMeter.Snapshot beforePreload = cpu.snapshot();
        Preload.Result preload = Preload.run(writer, generator, settings.persons(), settings.batch());
        reportPreload(preload, CpuMeter.perOperation(beforePreload, cpu.snapshot(), preload.households()));
        analyse();

        Http http = new Http(port);
        List<String> searchTokens = tokens(users, settings.searchClients());
        List<Query> queries =
                new SearchQueries(generator, names).draw(preload.ids(), settings.queries(), settings.seed());
        // Warm-up with other queries of the same kinds, long enough for the JIT compilers to settle: on two cores,
        // 100 queries left C2 compiling through the measured run (5 ms of its CPU per query, on top of the search).
        List<Query> warmUp = new SearchQueries(generator, names)
                .draw(preload.ids(), Integer.getInteger("benchmark.searchWarmup", 250), settings.seed() + 1);
        NameSearchLoad.run(http, searchTokens, warmUp, 1, cpu);
        Profile searchProfile = Profile.start("search");
        CpuMeter.Snapshot beforeSearch = cpu.snapshot();
        NameSearchLoad.Result sequential = NameSearchLoad.run(http, searchTokens, queries, 1, cpu);
        Map<String, Object> searchCpu = CpuMeter.perOperation(beforeSearch, cpu.snapshot(), queries.size());
        searchProfile.stop();
        NameSearchLoad.Result concurrent =
                NameSearchLoad.run(http, searchTokens, queries, settings.searchClients(), cpu);
        List<String> analysts =
                List.of(users.create(Role.ANALYST, "UNHCR", Set.of()).token());
        NameSearchLoad.Result pseudonymised = NameSearchLoad.run(http, analysts, queries, 1, cpu);
        reportSearch(sequential, concurrent, searchCpu);
        reportPseudonymisedSearch(pseudonymised);
        new SearchPlans(jdbc, dataSource, report).explain(queries, OUTPUT.resolve("registry-explain.txt"));

        List<HouseholdDraft> drafts = generator.households(50_000_000L, settings.bodies()).stream()
                .map(household -> household.draft())
                .toList();
        JsonMapper json = JsonMapper.builder().build();
        List<byte[]> bodies = drafts.stream().map(json::writeValueAsBytes).toList();
        Profile registrationProfile = Profile.start("registration");
        RegistrationLoad.Result api = RegistrationLoad.run(
                http, tokens(users, settings.clients()), bodies, settings.warmUp(), settings.duration(), cpu);
        registrationProfile.stop();
        reportRegistration(api);

        baselines(users, drafts, (int) Math.max(api.households(), 1_000), preload);
        report.put("loadAverageAtEnd", BenchmarkReport.loadAverage());
        report.line(
                "load average (1 min) at start %.1f, at end %.1f",
                settings.loadAtStart(), BenchmarkReport.loadAverage());
        report.print();
        report.write(OUTPUT.resolve("registry.json"));

        assertThat(preload.persons()).isGreaterThanOrEqualTo(settings.persons());
        assertThat(api.errors())
                .as("failed registrations %s", api.errorStatuses())
                .isZero();
        assertThat(sequential.errors() + concurrent.errors())
                .as("failed searches")
                .isZero();
    }

    private void describeEnvironment() throws java.sql.SQLException {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("date", LocalDate.now(clock).toString());
        environment.put("processors", Runtime.getRuntime().availableProcessors());
        environment.put("loadAverageAtStart", settings.loadAtStart());
        environment.put("java", System.getProperty("java.version"));
        environment.put(
                "postgres", jdbc.sql("SHOW server_version").query(String.class).single());
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes", "shared_buffers")) {
            environment.put(
                    setting, jdbc.sql("SHOW " + setting).query(String.class).single());
        }
        environment.put(
                "connectionPool", dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize());
        environment.put("settings", settings);
        environment.put("loadClient", Http.jdkClient() ? "java.net.http" : "lean socket client");
        report.put("environment", environment);
        report.line(
                "Homeward registry benchmark, %s; %d processors; PostgreSQL %s (fsync %s, synchronous_commit %s); pool %s;"
                        + " load client: %s",
                environment.get("date"),
                environment.get("processors"),
                environment.get("postgres"),
                environment.get("fsync"),
                environment.get("synchronous_commit"),
                environment.get("connectionPool"),
                environment.get("loadClient"));
    }

    /**
     * A JFR recording of one measured phase, when {@code -Dbenchmark.jfr=true}: {@code target/benchmarks/<name>.jfr},
     * Java samples every 5 ms (read with {@code jfr print --events jdk.ExecutionSample}).
     */
    private record Profile(jdk.jfr.Recording recording, String name) {

        static Profile start(String name) throws IOException, java.text.ParseException {
            if (!Boolean.getBoolean("benchmark.jfr")) {
                return new Profile(null, name);
            }
            jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(5));
            recording.start();
            return new Profile(recording, name);
        }

        void stop() throws IOException {
            if (recording != null) {
                recording.stop();
                Files.createDirectories(OUTPUT);
                recording.dump(OUTPUT.resolve(name + ".jfr"));
                recording.close();
            }
        }
    }

    private void reportPreload(Preload.Result preload, Map<String, Object> cpuPerHousehold) {
        report.put(
                "preload",
                Map.of(
                        "households", preload.households(),
                        "persons", preload.persons(),
                        "seconds", Latencies.round(preload.seconds()),
                        "householdsPerSecond", Latencies.round(preload.householdsPerSecond()),
                        "personsPerSecond", Latencies.round(preload.personsPerSecond()),
                        "cpuPerHousehold", cpuPerHousehold));
        report.line(
                "Preload (bulk path: validation, COPY, audit CREATE per household, %d per transaction)",
                settings.batch());
        report.line(
                "  %,d households, %,d persons in %.0f s: %,.0f households/s, %,.0f persons/s",
                preload.households(),
                preload.persons(),
                preload.seconds(),
                preload.householdsPerSecond(),
                preload.personsPerSecond());
        report.line("  CPU per household: %s", cpuPerHousehold);
    }

    /** Statistics for the planner, as autovacuum would have gathered them on a registry this size. */
    private void analyse() {
        long started = System.nanoTime();
        jdbc.sql("VACUUM (ANALYZE) household, person, identity_document").update();
        report.line("  VACUUM (ANALYZE) afterwards: %.0f s", (System.nanoTime() - started) / 1e9);
    }

    private void reportSearch(
            NameSearchLoad.Result sequential, NameSearchLoad.Result concurrent, Map<String, Object> cpuPerQuery) {
        Map<String, Object> search = new LinkedHashMap<>();
        for (NameSearchLoad.Result result : List.of(sequential, concurrent)) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("clients", result.clients());
            run.put("queriesPerSecond", Latencies.round(result.queriesPerSecond()));
            for (Script script : Script.values()) {
                run.put(
                        script.name().toLowerCase(),
                        result.latencies().get(script).summary());
            }
            search.put(result.clients() == 1 ? "sequential" : "concurrent", run);
        }
        search.put("findings", sequential.findings());
        search.put("cpuPerQuery", cpuPerQuery);
        report.put("nameSearch", search);
        report.line(
                "Name search, GET /api/v1/households?q=...&size=%d as a caseworker (whole country), ms",
                NameSearchLoad.PAGE_SIZE);
        report.line(
                "  %-8s %-10s %8s %8s %8s %8s %10s", "script", "clients", "queries", "p50", "p95", "p99", "queries/s");
        for (NameSearchLoad.Result result : List.of(sequential, concurrent)) {
            for (Script script : Script.values()) {
                Latencies latencies = result.latencies().get(script);
                report.line(
                        "  %-8s %-10d %8d %8.1f %8.1f %8.1f %10.1f",
                        script.name().toLowerCase(),
                        result.clients(),
                        latencies.count(),
                        latencies.percentile(0.5),
                        latencies.percentile(0.95),
                        latencies.percentile(0.99),
                        result.queriesPerSecond());
            }
        }
        report.line(
                "  CPU ms per query, sequential run (JVM = client + server; server = JVM server + PostgreSQL): %s",
                cpuPerQuery);
        sequential.findings().forEach((kind, found) -> report.line("  %-28s %s", kind, found));
    }

    /** An analyst sees pseudonymised records: no read is audited and no organisation is looked up. */
    private void reportPseudonymisedSearch(NameSearchLoad.Result result) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("clients", result.clients());
        run.put("queriesPerSecond", Latencies.round(result.queriesPerSecond()));
        for (Script script : Script.values()) {
            run.put(script.name().toLowerCase(), result.latencies().get(script).summary());
        }
        report.put("nameSearchPseudonymised", run);
        report.line("  the same queries as an analyst (pseudonymised records: no audited reads), 1 client:");
        for (Script script : Script.values()) {
            Latencies latencies = result.latencies().get(script);
            report.line(
                    "  %-8s %-10d %8d %8.1f %8.1f %8.1f %10.1f",
                    script.name().toLowerCase(),
                    1,
                    latencies.count(),
                    latencies.percentile(0.5),
                    latencies.percentile(0.95),
                    latencies.percentile(0.99),
                    result.queriesPerSecond());
        }
    }

    private void reportRegistration(RegistrationLoad.Result api) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", api.clients());
        figures.put("seconds", api.seconds());
        figures.put("households", api.households());
        figures.put("householdsPerSecond", Latencies.round(api.householdsPerSecond()));
        figures.put("medianHouseholdsPerSecond", api.medianPerSecond());
        figures.put("perSecond", api.perSecond());
        figures.put("latency", api.latencies().summary());
        figures.put("errors", api.errors());
        figures.put("cpuPerHousehold", api.cpu());
        report.put("apiRegistration", figures);
        report.line(
                "Registration through POST /api/v1/households, %d clients (bearer tokens), %s warm-up, %s measured",
                api.clients(), settings.warmUp(), settings.duration());
        report.line(
                "  %,d households: %,.0f households/s overall, median of per-second counts %,.0f/s;"
                        + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d errors",
                api.households(),
                api.householdsPerSecond(),
                api.medianPerSecond(),
                api.latencies().percentile(0.5),
                api.latencies().percentile(0.95),
                api.latencies().percentile(0.99),
                api.errors());
        report.line("  CPU ms per household (JVM = clients + server; server = JVM server + PostgreSQL): %s", api.cpu());
    }

    private void baselines(TestUsers users, List<HouseholdDraft> drafts, int count, Preload.Result preload)
            throws Exception {
        BaselineRows rows = new BaselineRows(gazetteer, users.organisation("SARC"), LocalDate.now(clock));
        List<HouseholdDraft> sample = drafts.subList(0, Math.min(count, drafts.size()));
        SqlBaselines sql = new SqlBaselines(dataSource, cpu);
        List<SqlBaselines.Rate> rates = new ArrayList<>();
        rates.add(sql.perHouseholdTransactions(sample.stream().map(rows::of).toList(), settings.clients()));
        rates.add(sql.copy(sample.stream().map(rows::of).toList(), settings.batch()));
        rates.add(sql.auditChainOnly(count, settings.clients()));
        rates.add(sql.commits(Math.min(count, 2_000), 1));
        rates.add(sql.commits(count, settings.clients()));
        List<Map<String, Object>> figures = new ArrayList<>();
        report.line(
                "Same rows without the application (households/s; audit: entries/s); CPU ms per operation JVM/PostgreSQL");
        for (SqlBaselines.Rate rate : rates) {
            figures.add(Map.of(
                    "name", rate.name(),
                    "count", rate.count(),
                    "seconds", Latencies.round(rate.seconds()),
                    "perSecond", Latencies.round(rate.perSecond()),
                    "cpuPerOperation", rate.cpu()));
            report.line(
                    "  %-64s %,10.0f/s  (%,d in %.1f s) CPU ms %s/%s",
                    rate.name(),
                    rate.perSecond(),
                    rate.count(),
                    rate.seconds(),
                    rate.cpu().get("jvmCpuMsPerOperation"),
                    rate.cpu().get("postgresCpuMsPerOperation"));
        }
        report.line(
                "  %-64s %,10.0f/s  (%,d in %.1f s)",
                "bulk path (preload above)", preload.householdsPerSecond(), preload.households(), preload.seconds());
        report.put("baselines", figures);
    }

    private List<String> tokens(TestUsers users, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(users.create(Role.CASEWORKER, "SARC", Set.of()).token());
        }
        return tokens;
    }
}
