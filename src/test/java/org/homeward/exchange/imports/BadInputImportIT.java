package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.exchange.BadFiles;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad file the issue lists, through the job API: the job fails with the reader's specific problem, and
 * nothing of the file is saved — not even the good rows before the problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputImportIT {

    private static final String GOOD_ROWS = HouseholdImportIT.HEADER
            + "Z1,REFUGEE,C4121,TUR,HEAD,m,1980-05-01,Ahmad,Haddad,أحمد\n"
            + "Z2,IDP,C4121,SYR,HEAD,f,1981-05-01,Mona,Saleh,منى\n";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    HttpApi api;
    String source;

    @BeforeEach
    void setUp() {
        api = TestUsers.of(context)
                .create(Role.COORDINATOR, "BAD-INPUT-ORG", Set.of())
                .tokenApi(port);
        source = "bad-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anEmptyFileFails() {
        assertFailsWith("E1001", new byte[0]);
    }

    @Test
    void aTruncatedFileFailsAndItsGoodRowsAreNotSaved() {
        assertFailsWith("E1006", (GOOD_ROWS + "Z3,IDP,\"C41").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileInAnotherEncodingFarIntoTheFileFailsAndNothingIsSaved() {
        StringBuilder text = new StringBuilder(GOOD_ROWS);
        for (int i = 0; i < 2_000; i++) {
            text.append("Y").append(i).append(",IDP,C4121,SYR,HEAD,f,1981-05-01,Mona,Saleh,منى\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "W1,IDP,C4121,SYR,HEAD,f,1981-05-01,Mona,Saleh,".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[good.length + bad.length + 3];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(bad, 0, file, good.length, bad.length);
        file[file.length - 3] = (byte) 0xE3; // windows-1256 bytes in a UTF-8 file
        file[file.length - 2] = (byte) 0xCD;
        file[file.length - 1] = '\n';
        JsonNode job = run(file);
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("code").asString()).isIn("E1003", "E1004");
        assertNothingSaved(job);
    }

    @Test
    void duplicateHeadersFail() {
        assertFailsWith("E1009", "household_id,sex,sex\nA1,m,f\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingHeaderFails() {
        assertFailsWith("E2017", "household_id,,sex\nA1,x,m\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithoutAHouseholdIdColumnFailsNamingTheField() {
        JsonNode job = assertFailsWith("E2015", "name,sex\nA,m\n".getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("problem").get("message").asString()).contains("household_id");
    }

    @Test
    void aOneMegabyteFieldFailsWithoutQuotingIt() {
        String huge = "x".repeat((1 << 20) + 10);
        JsonNode job = assertFailsWith(
                "E1007",
                (GOOD_ROWS + "Z3,IDP,C4121,SYR,HEAD,f,1981-05-01," + huge + ",S,ب\n").getBytes(StandardCharsets.UTF_8));
        assertThat(job.toString()).doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }

    @Test
    void aMillionColumnsFail() {
        assertFailsWith("E1008", BadFiles.millionColumns());
    }

    @Test
    void anXlsxZipBombFails() throws IOException {
        assertFailsWith("E1014", Files.readAllBytes(BadFiles.zipBomb(dir.resolve("bomb.xlsx"))));
    }

    @Test
    void aBinaryFileNamedCsvFails() throws IOException {
        JsonNode job = assertFailsWith("E1002", Files.readAllBytes(BadFiles.png()));
        assertThat(job.get("problem").get("message").asString()).contains("PNG");
    }

    @Test
    void namesInTheWrongScriptAreRowErrorsThatDoNotQuoteTheName() {
        String csv = HouseholdImportIT.HEADER + "M1,IDP,C4121,SYR,HEAD,m,1980-05-01,Ahmad أحمد,Haddad,أحمد\n";
        JsonNode job = run(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED_WITH_ERRORS");
        JsonNode error = job.get("errors").get("items").get(0);
        assertThat(error.get("column").asString()).isEqualTo("'given_name_latin'");
        assertThat(error.get("message").asString()).contains("wrong-script");
        assertThat(error.has("value")).isFalse();
        assertNothingSaved(job);
    }

    @Test
    void aRequestThatIsNotMultipartIsRefusedWith415() {
        HttpApi.Reply reply = api.post("/api/v1/imports", Map.of("kind", "HOUSEHOLDS"));
        assertThat(reply.status()).isEqualTo(415);
    }

    @Test
    void anUploadWithoutAFileIsRefusedNamingThePart() {
        HttpApi.Reply reply = api.multipart(
                "/api/v1/imports", Map.of("kind", "HOUSEHOLDS", "mode", "VALID_ONLY"), "other", "x.csv", new byte[] {1
                });
        assertThat(reply.status()).isEqualTo(400);
    }

    private JsonNode assertFailsWith(String code, byte[] content) {
        JsonNode job = run(content);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("code").asString()).as(job.toString()).isEqualTo(code);
        assertThat(job.get("problem").get("message").asString()).startsWith(code);
        assertNothingSaved(job);
        return job;
    }

    private JsonNode run(byte[] content) {
        HttpApi.Reply started = ImportJobs.upload(api, "HOUSEHOLDS", "VALID_ONLY", source, "households.csv", content);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return ImportJobs.await(api, started.header("Location"));
    }

    private void assertNothingSaved(JsonNode job) {
        assertThat(job.get("counts").get("saved").asLong()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM import_record WHERE source = ?")
                        .param("BAD-INPUT-ORG:" + source)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
