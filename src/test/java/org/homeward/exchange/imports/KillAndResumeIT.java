package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.support.HomewardProcess;
import org.homeward.support.HttpApi;
import org.homeward.support.PersonCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose, never duplicate: a real Homeward process is killed (SIGKILL, as {@code kill -9}) in the middle of an
 * import; a second process started on the same database and data directory resumes the job by itself, and in the end
 * every household of the file is in the registry exactly once (and every return case of a case file: one case per
 * household). Both processes reach a PostgreSQL started by this
 * test, outside either of them.
 */
class KillAndResumeIT {

    private static final String ADMIN_PASSWORD = "kill-test-admin-" + UUID.randomUUID();
    private static final String PASSWORD = "kill-test-user-" + UUID.randomUUID();

    @TempDir
    Path work;

    @Test
    void aProcessKilledMidImportResumesAndEndsWithEveryRowExactlyOnce() throws Exception {
        Path csv = work.resolve("households.csv");
        PersonCsv.Written file = PersonCsv.write(csv, 60_000, "K", 7);
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            String url = createDatabase(database);

            Homeward first = Homeward.start(url, work, "first");
            HttpApi coordinator = first.coordinator();
            HttpApi.Reply started = coordinator.multipart(
                    "/api/v1/imports",
                    Map.of("kind", "HOUSEHOLDS", "mode", "VALID_ONLY", "source", "kill-test"),
                    "file",
                    "households.csv",
                    csv);
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            String job = started.json().get("id").asString();

            long savedWhenKilled = waitUntilSomeButNotAllSaved(database, job, file.persons());
            first.kill();
            assertThat(status(database, job)).isEqualTo("RUNNING");

            Homeward second = Homeward.start(url, work, "second");
            try {
                awaitFinished(database, job);
                assertThat(status(database, job)).isEqualTo("SUCCEEDED");
                assertThat(savedWhenKilled).isBetween(1L, file.persons() - 1);
                assertThat(count(database, "SELECT count(*) FROM import_record WHERE source = 'ADMIN:kill-test'"))
                        .isEqualTo(file.households());
                assertThat(count(database, """
                                SELECT count(*) FROM household h JOIN import_record r ON r.target_id = h.id::text
                                WHERE r.source = 'ADMIN:kill-test'""")).isEqualTo(file.households());
                assertThat(count(database, "SELECT count(*) FROM household")).isEqualTo(file.households());
                assertThat(count(database, "SELECT count(*) FROM person")).isEqualTo(file.persons());
                assertThat(count(database, "SELECT rows_saved FROM import_job WHERE id = '" + job + "'"))
                        .isEqualTo(file.persons());
            } finally {
                second.kill();
            }
        }
    }

    /**
     * Return cases, imported one transaction per case with the job's checkpoint every 200 rows: after the kill, the
     * resumed job finds the cases committed past its checkpoint by their external ids, so no household ends with
     * two cases and none without one.
     */
    @Test
    void returnCasesKilledMidImportResumeAndEndWithEveryCaseExactlyOnce() throws Exception {
        Path households = work.resolve("households.csv");
        PersonCsv.Written file = PersonCsv.write(households, 4_000, "R", 11);
        Path cases = work.resolve("cases.csv");
        StringBuilder text = new StringBuilder("case_id,household_id,destination,status,counselled_on\n");
        for (long n = 1; n <= file.households(); n++) {
            text.append("RC").append(n).append(",R").append(n).append(",C4121,COUNSELLED,2025-03-01\n");
        }
        java.nio.file.Files.writeString(cases, text);
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            String url = createDatabase(database);

            Homeward first = Homeward.start(url, work, "first");
            HttpApi coordinator = first.coordinator();
            String householdJob = upload(coordinator, "HOUSEHOLDS", households);
            awaitFinished(database, householdJob);
            assertThat(status(database, householdJob)).isEqualTo("SUCCEEDED");
            String job = upload(coordinator, "RETURN_CASES", cases);

            long savedWhenKilled = waitUntilSomeButNotAllSaved(database, job, file.households());
            first.kill();
            assertThat(status(database, job)).isEqualTo("RUNNING");

            Homeward second = Homeward.start(url, work, "second");
            try {
                awaitFinished(database, job);
                assertThat(status(database, job)).isEqualTo("SUCCEEDED");
                assertThat(savedWhenKilled).isBetween(1L, file.households() - 1);
                assertThat(count(database, """
                                SELECT count(*) FROM import_record
                                WHERE source = 'ADMIN:kill-test' AND kind = 'RETURN_CASES'""")).isEqualTo(file.households());
                assertThat(count(database, "SELECT count(*) FROM return_case")).isEqualTo(file.households());
                assertThat(count(database, "SELECT count(DISTINCT household_id) FROM return_case"))
                        .isEqualTo(file.households());
                assertThat(count(database, "SELECT count(*) FROM return_case WHERE status <> 'COUNSELLED'"))
                        .isZero();
            } finally {
                second.kill();
            }
        }
    }

    private static String createDatabase(EmbeddedPostgres database) throws SQLException {
        try (Connection connection = database.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE homeward LOGIN PASSWORD 'kill-test'");
            statement.execute("CREATE DATABASE homeward OWNER homeward");
        }
        return "jdbc:postgresql://localhost:" + database.getPort() + "/homeward";
    }

    private static String upload(HttpApi api, String kind, Path file) {
        HttpApi.Reply started = api.multipart(
                "/api/v1/imports",
                Map.of("kind", kind, "mode", "VALID_ONLY", "source", "kill-test"),
                "file",
                file.getFileName().toString(),
                file);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json().get("id").asString();
    }

    private static long waitUntilSomeButNotAllSaved(EmbeddedPostgres database, String job, long persons)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            long saved =
                    count(database, "SELECT coalesce(max(rows_saved), 0) FROM import_job WHERE id = '" + job + "'");
            if (saved > 0) {
                assertThat(saved)
                        .as("the import finished before it could be killed")
                        .isLessThan(persons);
                return saved;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no batch was committed in time");
    }

    private static void awaitFinished(EmbeddedPostgres database, String job) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            String status = status(database, job);
            if (!status.equals("RUNNING") && !status.equals("QUEUED")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the resumed job did not finish in time");
    }

    private static String status(EmbeddedPostgres database, String job) throws SQLException {
        try (Connection connection =
                        database.getDatabase("homeward", "homeward").getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT status FROM import_job WHERE id = '" + job + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(EmbeddedPostgres database, String sql) throws SQLException {
        try (Connection connection =
                        database.getDatabase("homeward", "homeward").getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A Homeward process on the test's database and data directory, with a coordinator to import as. */
    private record Homeward(HomewardProcess process) {

        static Homeward start(String url, Path work, String name) throws IOException, InterruptedException {
            return new Homeward(HomewardProcess.start(
                    List.of("-Xmx512m"),
                    Map.of(
                            "homeward.db.url",
                            url,
                            "homeward.db.user",
                            "homeward",
                            "homeward.db.password",
                            "kill-test",
                            "homeward.identity.admin.password",
                            ADMIN_PASSWORD,
                            "homeward.exchange.imports.directory",
                            work.resolve("imports").toString()),
                    work.resolve(name + ".log")));
        }

        /** A coordinator for the whole country, made through the administration API; created once. */
        HttpApi coordinator() {
            HttpApi admin = process.api().basic("admin", ADMIN_PASSWORD);
            HttpApi.Reply created = admin.post(
                    "/api/v1/users",
                    Map.of(
                            "username", "importer",
                            "role", "coordinator",
                            "organisation", "ADMIN",
                            "password", PASSWORD));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return process.api().basic("importer", PASSWORD);
        }

        void kill() throws InterruptedException {
            process.kill();
        }
    }
}
