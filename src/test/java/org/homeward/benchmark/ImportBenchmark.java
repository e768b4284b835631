package org.homeward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.support.HomewardProcess;
import org.homeward.support.HttpApi;
import org.homeward.support.PersonCsv;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;

/**
 * The import benchmark (docs/benchmarks.md): {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=Import}. Writes a
 * person-per-row households CSV of {@code benchmark.persons} rows (a million by default), starts Homeward as its own
 * process with a heap of 1 GB ({@code -Xmx1g}, so "heap ≤ 1 GB" is a fact of the run, not an estimate) against a
 * durable PostgreSQL (fsync on), uploads the file through the API and times the job until every person is validated
 * and stored. Then PostgreSQL's own COPY loads the same rows, already cleaned (the very household, person and
 * document rows the import stored, dumped to COPY text), into tables of the same definition, indexes included, in
 * the same run on the same server. Prints the figures and writes {@code target/benchmarks/import.json}; it checks no
 * speed target.
 */
class ImportBenchmark {

    static final Path OUTPUT = Path.of("target", "benchmarks");
    static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final String ADMIN_PASSWORD = "benchmark-admin-" + UUID.randomUUID();
    private static final String PASSWORD = "benchmark-user-" + UUID.randomUUID();

    final BenchmarkReport report = new BenchmarkReport();

    @Test
    void importCsv() throws Exception {
        long persons = Long.getLong("benchmark.persons", 1_000_000);
        Path work = OUTPUT.resolve("import").toAbsolutePath();
        clean(work);
        Files.createDirectories(work);
        report.put("loadAtStart", BenchmarkReport.loadAverage());
        report.put("processors", Runtime.getRuntime().availableProcessors());

        long generating = System.nanoTime();
        Path csv = work.resolve("households.csv");
        PersonCsv.Written file = PersonCsv.write(csv, persons, "B", 2025);
        report.line(
                "Generated %,d persons in %,d households (%,d MB) in %.1f s",
                file.persons(), file.households(), Files.size(csv) >> 20, seconds(generating));

        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_wal_size", "4GB")
                .start()) {
            try (Connection connection = database.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE homeward LOGIN PASSWORD 'benchmark'");
                statement.execute("CREATE DATABASE homeward OWNER homeward");
            }
            String url = "jdbc:postgresql://localhost:" + database.getPort() + "/homeward";
            double importRate = runImport(url, work, csv, file);
            Baselines copy = runCopy(database, work, file);
            double copyRate = copy.indexed();
            report.put("ratioToCopy", round(importRate / copyRate));
            double keyedRate = copy.withForeignKeys();
            report.put("ratioToCopyWithForeignKeys", round(importRate / keyedRate));
            report.line(
                    "Import / COPY: %.2f (target >= 0.6); import / COPY with foreign keys: %.2f; import %,.0f"
                            + " persons/s (target >= 300,000)",
                    importRate / copyRate, importRate / keyedRate, importRate);
        }
        report.put("loadAtEnd", BenchmarkReport.loadAverage());
        report.line(
                "Load average (1 min): %s at start, %s at end; %d processors",
                report.figure("loadAtStart"),
                report.figure("loadAtEnd"),
                Runtime.getRuntime().availableProcessors());
        report.print();
        report.write(OUTPUT.resolve("import.json"));
    }

    /** The import through the API of a separate 1 GB process; answers persons per second. */
    private double runImport(String url, Path work, Path csv, PersonCsv.Written file) throws Exception {
        Path gcLog = work.resolve("gc.log");
        List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx1g", "-Xlog:gc:file=" + gcLog));
        // -Dbenchmark.jvm="-XX:StartFlightRecording=filename=target/import.jfr" profiles the importing process
        String extra = System.getProperty("benchmark.jvm", "");
        if (!extra.isBlank()) {
            jvm.addAll(List.of(extra.strip().split("\\s+")));
        }
        try (HomewardProcess homeward = HomewardProcess.start(
                jvm,
                Map.of(
                        "homeward.db.url",
                        url,
                        "homeward.db.user",
                        "homeward",
                        "homeward.db.password",
                        "benchmark",
                        "homeward.identity.admin.password",
                        ADMIN_PASSWORD,
                        "homeward.exchange.imports.directory",
                        work.resolve("uploads").toString(),
                        "logging.level.org.homeward",
                        "WARN"),
                work.resolve("homeward.log"))) {
            HttpApi admin = homeward.api().basic("admin", ADMIN_PASSWORD);
            HttpApi.Reply user = admin.post(
                    "/api/v1/users",
                    Map.of(
                            "username",
                            "importer",
                            "role",
                            "coordinator",
                            "organisation",
                            "ADMIN",
                            "password",
                            PASSWORD));
            assertThat(user.status()).as(user.toString()).isEqualTo(201);
            // A bearer token: polling with Basic would spend an Argon2 hash of the importing process's CPU per poll.
            HttpApi.Reply token = homeward.api()
                    .basic("importer", PASSWORD)
                    .post("/api/v1/tokens", Map.of("name", "benchmark", "expiresInDays", 1));
            assertThat(token.status()).as(token.toString()).isEqualTo(201);
            HttpApi api = homeward.api().bearer(token.json().get("token").asString());

            Path postgres = work.resolve("postgres");
            long postgresBefore = postgresCpuNanos(postgres);
            long homewardCpuBefore = cpuNanos(homeward.pid());
            Map<String, Long> threadsBefore = threadCpu(homeward.pid());
            long started = System.nanoTime();
            HttpApi.Reply upload = api.multipart(
                    "/api/v1/imports",
                    Map.of("kind", "HOUSEHOLDS", "mode", "VALID_ONLY", "source", "benchmark"),
                    "file",
                    "households.csv",
                    csv);
            assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
            double uploadSeconds = seconds(started);
            JsonNode job = await(api, upload.header("Location"));
            double total = seconds(started);
            double homewardCpu = (cpuNanos(homeward.pid()) - homewardCpuBefore) / 1e9;
            double postgresCpu = (postgresCpuNanos(postgres) - postgresBefore) / 1e9;
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
            assertThat(job.get("counts").get("saved").asLong()).isEqualTo(file.persons());
            double jobSeconds = Duration.between(
                                    Instant.parse(job.get("startedAt").asString()),
                                    Instant.parse(job.get("finishedAt").asString()))
                            .toMillis()
                    / 1000.0;
            double rate = file.persons() / total;
            report.put("persons", file.persons());
            report.put("households", file.households());
            report.put("importSeconds", round(total));
            report.put("uploadSeconds", round(uploadSeconds));
            report.put("jobSeconds", round(jobSeconds));
            report.put("importPersonsPerSecond", Math.round(rate));
            report.line(
                    "Import through the API (upload + check + validate + store): %,d persons in %.1f s = %,.0f"
                            + " persons/s (upload %.1f s, job %.1f s)",
                    file.persons(), total, rate, uploadSeconds, jobSeconds);
            Map<String, Long> threads = threadCpu(homeward.pid());
            threadsBefore.forEach((name, ticks) -> threads.merge(name, -ticks, Long::sum));
            String busiest = threads.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(8)
                    .map(e -> "%s %.1f s".formatted(e.getKey(), e.getValue() / 100.0))
                    .collect(java.util.stream.Collectors.joining(", "));
            report.put("importHomewardThreads", busiest);
            report.put("importHomewardCpuSeconds", round(homewardCpu));
            report.put("importPostgresCpuSeconds", round(postgresCpu));
            report.line(
                    "  CPU during the import: Homeward %.1f s, PostgreSQL %.1f s (%.1f cores busy on average)",
                    homewardCpu, postgresCpu, (homewardCpu + postgresCpu) / total);
            report.line("  Homeward's busiest threads during the import: %s", busiest);
            long[] heap = peakHeap(gcLog);
            report.put("heapPeakBeforeGcMb", heap[0]);
            report.put("heapMaxAfterGcMb", heap[1]);
            report.put("heapLimitMb", heap[2]);
            report.line(
                    "Heap of the importing process (-Xmx1g): peak before GC %d MB, highest after GC %d MB,"
                            + " committed at most %d MB",
                    heap[0], heap[1], heap[2]);
            return rate;
        }
    }

    /**
     * COPY of the rows the import stored, dumped first, into tables like theirs; answers persons per second of the
     * first baseline (same indexes, the one the ratio is taken against). Two more baselines state the bound: the
     * same tables with the registry's foreign keys too (as the import's tables have them), and tables with their
     * primary keys only (no secondary index, no foreign key), which shows how much of COPY's own time is index
     * maintenance.
     */
    private Baselines runCopy(EmbeddedPostgres database, Path work, PersonCsv.Written file) throws Exception {
        try (Connection connection =
                        database.getDatabase("homeward", "homeward").getConnection();
                Statement statement = connection.createStatement()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : BASELINE_TABLES) {
                try (BufferedWriter out =
                        Files.newBufferedWriter(work.resolve(table + ".copy"), StandardCharsets.UTF_8)) {
                    copy.copyOut("COPY public." + table + " TO STDOUT", out);
                }
            }
            Path postgres = work.resolve("postgres");
            Copied indexed = copyInto(connection, postgres, work, file, "baseline", "INCLUDING ALL", false);
            report.put("copySeconds", round(file.persons() / indexed.rate()));
            report.put("copyPersonsPerSecond", Math.round(indexed.rate()));
            report.put("copyPostgresCpuSeconds", round(indexed.cpuSeconds()));
            report.line(
                    "PostgreSQL COPY of the same rows pre-cleaned (household, person, identity_document, same"
                            + " indexes, one transaction): %,d persons in %.1f s = %,.0f persons/s (PostgreSQL CPU"
                            + " %.1f s)",
                    file.persons(), file.persons() / indexed.rate(), indexed.rate(), indexed.cpuSeconds());
            Copied keyed = copyInto(connection, postgres, work, file, "baseline_fk", "INCLUDING ALL", true);
            report.put("copyWithForeignKeysPersonsPerSecond", Math.round(keyed.rate()));
            report.put("copyWithForeignKeysPostgresCpuSeconds", round(keyed.cpuSeconds()));
            report.line(
                    "  the same with the registry's foreign keys too (person -> household, document -> person):"
                            + " %.1f s = %,.0f persons/s (CPU %.1f s)",
                    file.persons() / keyed.rate(), keyed.rate(), keyed.cpuSeconds());
            Copied bare = copyInto(
                    connection,
                    postgres,
                    work,
                    file,
                    "baseline_bare",
                    "INCLUDING DEFAULTS INCLUDING CONSTRAINTS",
                    false);
            report.put("copyUnindexedPersonsPerSecond", Math.round(bare.rate()));
            report.put("copyUnindexedPostgresCpuSeconds", round(bare.cpuSeconds()));
            report.line(
                    "  the same into tables with primary keys only (no secondary index, no foreign key):"
                            + " %.1f s = %,.0f persons/s (CPU %.1f s)",
                    file.persons() / bare.rate(), bare.rate(), bare.cpuSeconds());
            return new Baselines(indexed.rate(), keyed.rate());
        }
    }

    /** A baseline COPY: persons per second, and the CPU time PostgreSQL spent on it. */
    private record Copied(double rate, double cpuSeconds) {}

    /** Persons per second of the baselines the import is compared with. */
    private record Baselines(double indexed, double withForeignKeys) {}

    private static final List<String> BASELINE_TABLES = List.of("household", "person", "identity_document");

    /** One timed COPY of the dumped rows into a new schema's tables made {@code LIKE} the registry's. */
    private static Copied copyInto(
            Connection connection,
            Path postgres,
            Path work,
            PersonCsv.Written file,
            String schema,
            String like,
            boolean foreignKeys)
            throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            for (String table : BASELINE_TABLES) {
                statement.execute("CREATE TABLE %s.%s (LIKE public.%s %s)".formatted(schema, table, table, like));
                if (!like.contains("INCLUDING ALL")) {
                    statement.execute("ALTER TABLE %s.%s ADD PRIMARY KEY (id)".formatted(schema, table));
                }
            }
            if (foreignKeys) {
                statement.execute(
                        "ALTER TABLE %1$s.person ADD FOREIGN KEY (household_id) REFERENCES %1$s.household (id)"
                                .formatted(schema));
                statement.execute(
                        "ALTER TABLE %1$s.identity_document ADD FOREIGN KEY (person_id) REFERENCES %1$s.person (id)"
                                .formatted(schema));
            }
            connection.setAutoCommit(false);
            long postgresBefore = postgresCpuNanos(postgres);
            long started = System.nanoTime();
            for (String table : BASELINE_TABLES) {
                try (BufferedReader in =
                        Files.newBufferedReader(work.resolve(table + ".copy"), StandardCharsets.UTF_8)) {
                    copy.copyIn("COPY %s.%s FROM STDIN".formatted(schema, table), in);
                }
            }
            connection.commit();
            double seconds = seconds(started);
            double cpu = (postgresCpuNanos(postgres) - postgresBefore) / 1e9;
            connection.setAutoCommit(true);
            long copied = count(statement, "SELECT count(*) FROM " + schema + ".person");
            assertThat(copied).isEqualTo(file.persons());
            return new Copied(copied / seconds, cpu);
        }
    }

    private static JsonNode await(HttpApi api, String location) throws InterruptedException {
        while (true) {
            JsonNode job = api.get(location).json();
            String status = job.get("status").asString();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    /** Peak heap before a collection, highest heap after one, and the most committed, in MB, from the GC log. */
    static long[] peakHeap(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        long committed = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher match = GC_HEAP.matcher(line);
            if (match.find()) {
                before = Math.max(before, Long.parseLong(match.group(1)));
                after = Math.max(after, Long.parseLong(match.group(2)));
                committed = Math.max(committed, Long.parseLong(match.group(3)));
            }
        }
        return new long[] {before, after, committed};
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * CPU time of a process's threads so far, in ticks of 1/100 s, summed by thread name without its number (the
     * collector's and compiler's workers together), from /proc on Linux; empty elsewhere.
     */
    private static Map<String, Long> threadCpu(long pid) {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[#-]?\\d+$", "");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /**
     * CPU time of the PostgreSQL cluster so far, in nanoseconds: its live processes, plus what the postmaster has
     * reaped from processes that ended (autovacuum workers come and go during a run; without their time the total
     * would drop when one ends). 0 where /proc is not there.
     */
    private static long postgresCpuNanos(Path dataDirectory) {
        try {
            String postmaster = Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .getFirst()
                    .strip();
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.toList()) {
                    if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        boolean isPostmaster = process.getFileName().toString().equals(postmaster);
                        if (isPostmaster || fields[1].equals(postmaster)) {
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        }
                        if (isPostmaster) {
                            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ: ticks of 1/100 s
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU time of a process so far (user and system), in nanoseconds; 0 where the platform does not tell. */
    private static long cpuNanos(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration())
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void clean(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
