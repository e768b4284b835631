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
            double copyRate = runCopy(database, work, file);
            report.put("ratioToCopy", round(importRate / copyRate));
            report.line(
                    "Import / COPY: %.2f (target >= 0.6); import %,.0f persons/s (target >= 300,000)",
                    importRate / copyRate, importRate);
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

    /** COPY of the rows the import stored, dumped first, into tables like theirs; answers persons per second. */
    private double runCopy(EmbeddedPostgres database, Path work, PersonCsv.Written file) throws Exception {
        List<String> tables = List.of("household", "person", "identity_document");
        try (Connection connection =
                        database.getDatabase("homeward", "homeward").getConnection();
                Statement statement = connection.createStatement()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            statement.execute("CREATE SCHEMA baseline");
            for (String table : tables) {
                statement.execute("CREATE TABLE baseline.%1$s (LIKE public.%1$s INCLUDING ALL)".formatted(table));
                try (BufferedWriter out =
                        Files.newBufferedWriter(work.resolve(table + ".copy"), StandardCharsets.UTF_8)) {
                    copy.copyOut("COPY public." + table + " TO STDOUT", out);
                }
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (String table : tables) {
                try (BufferedReader in =
                        Files.newBufferedReader(work.resolve(table + ".copy"), StandardCharsets.UTF_8)) {
                    copy.copyIn("COPY baseline." + table + " FROM STDIN", in);
                }
            }
            connection.commit();
            double seconds = seconds(started);
            long copied = count(statement, "SELECT count(*) FROM baseline.person");
            assertThat(copied).isEqualTo(file.persons());
            double rate = copied / seconds;
            report.put("copySeconds", round(seconds));
            report.put("copyPersonsPerSecond", Math.round(rate));
            report.line(
                    "PostgreSQL COPY of the same rows pre-cleaned (household, person, identity_document, same"
                            + " indexes, one transaction): %,d persons in %.1f s = %,.0f persons/s",
                    copied, seconds, rate);
            return rate;
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
