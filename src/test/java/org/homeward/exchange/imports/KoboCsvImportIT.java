package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.exchange.Zips;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * KoboToolbox and ODK CSV exports uploaded as one ZIP archive (the main file and a file per repeat group) through the
 * job API: the repeat group's rows become the households' members; a broken export fails naming the file, row and
 * column, and nothing of it is saved. Every name and id in the files is invented.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KoboCsvImportIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    String source;

    @BeforeEach
    void setUp() {
        api = TestUsers.of(context)
                .create(Role.COORDINATOR, "KOBO-CSV", Set.of())
                .tokenApi(port);
        source = "kobo-csv-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void odkCentralZipBecomesHouseholdsWithTheMembersOfItsRepeatGroup() {
        String a = "uuid:" + UUID.randomUUID();
        String b = "uuid:" + UUID.randomUUID();
        byte[] zip = Zips.of(
                "households-members.csv",
                "name_ar,sex,age,relationship,PARENT_KEY,KEY\n"
                        + "سمير,m,41,head," + a + "," + a + "/members[1]\n"
                        + "رنا,f,37,spouse," + a + "," + a + "/members[2]\n"
                        + "هدى,f,29,head," + b + "," + b + "/members[1]\n",
                "households.csv",
                "SubmissionDate,household-status,household-origin,household-country,meta-instanceID,KEY,Status\n"
                        + "2024-03-02T06:31:52.000Z,IDP,SY0200,," + a + "," + a + ",\n"
                        + "2024-03-02T07:09:40.000Z,REFUGEE,SY0200,JOR," + b + "," + b + ",\n");

        JsonNode job = run("odk.zip", zip, "VALID_ONLY");

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("counts").get("read").asLong()).isEqualTo(3);
        assertThat(job.get("counts").get("created").asLong()).isEqualTo(2);
        assertThat(memberCounts()).isEqualTo(Map.of(a, 2, b, 1));
    }

    @Test
    void koboZipLinkedBySubmissionIdImportsAndReimportsWithoutDuplicates() {
        byte[] zip = Zips.of(
                "households.csv",
                "household/status;household/origin;_id;_uuid;_status;_index\n"
                        + "IDP;SY0200;71001;6f0c0a9e-0001;submitted_via_web;1\n"
                        + "IDP;SY0200;71002;6f0c0a9e-0002;submitted_via_web;2\n",
                "members.csv",
                "household/members/name_ar;household/members/sex;household/members/age;"
                        + "household/members/relationship;_index;_parent_index;_submission__id\n"
                        + "سمير;m;41;head;1;1;71001\n"
                        + "هدى;f;29;head;2;2;71002\n"
                        + "رنا;f;8;child;3;2;71002\n");

        JsonNode first = run("kobo.zip", zip, "VALID_ONLY");
        JsonNode again = run("kobo.zip", zip, "VALID_ONLY");

        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("counts").get("created").asLong()).isEqualTo(2);
        assertThat(again.get("counts").get("created").asLong()).isZero();
        assertThat(again.get("counts").get("unchanged").asLong()).isEqualTo(2);
        assertThat(memberCounts()).isEqualTo(Map.of("71001", 1, "71002", 2));
    }

    @Test
    void aRepeatRowWhoseSubmissionIsMissingFailsTheJobNamingFileRowAndColumnAndSavesNothing() {
        byte[] zip = Zips.of(
                "households.csv",
                "household/status;household/origin;_id;_index\nIDP;SY0200;72001;1\nIDP;SY0200;72002;2\n",
                "members.csv",
                "household/members/sex;household/members/age;household/members/relationship;_submission__id\n"
                        + "m;41;head;72001\n"
                        + "f;29;head;72999\n"
                        + "f;30;head;72002\n");

        JsonNode job = run("orphan.zip", zip, "VALID_ONLY");

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("code").asString()).isEqualTo("E1020");
        assertThat(job.get("problem").get("message").asString())
                .contains("in file members.csv")
                .contains("not in households.csv")
                .contains("in column _submission__id, row 3");
        assertThat(memberCounts()).isEmpty();
    }

    @Test
    void repeatFilesOutOfOrderFailTheJobSayingSo() {
        byte[] zip = Zips.of(
                "households.csv",
                "household/status;household/origin;_id\nIDP;SY0200;73001\nIDP;SY0200;73002\n",
                "members.csv",
                "household/members/sex;household/members/age;household/members/relationship;_submission__id\n"
                        + "f;29;head;73002\n"
                        + "m;41;head;73001\n");

        JsonNode job = run("order.zip", zip, "ALL_OR_NOTHING");

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("message").asString())
                .contains("out of order")
                .contains("in column _submission__id, row 3");
        assertThat(memberCounts()).isEmpty();
    }

    @Test
    void aZipWithoutARecognisableMainFileFails() {
        byte[] zip = Zips.of(
                "members.csv", "sex;age;_submission__id\nf;29;1\n", "assistance.csv", "type;_parent_index\nfood;1\n");

        JsonNode job = run("no-main.zip", zip, "VALID_ONLY");

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("code").asString()).isEqualTo("E1025");
        assertThat(job.get("problem").get("message").asString())
                .contains("members.csv")
                .contains("assistance.csv");
    }

    private JsonNode run(String fileName, byte[] zip, String mode) {
        HttpApi.Reply started = ImportJobs.upload(api, "HOUSEHOLDS", mode, source, fileName, zip);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return ImportJobs.await(api, started.header("Location"));
    }

    /** Members per household imported under this test's source, by the household's external id. */
    private Map<String, Integer> memberCounts() {
        var counts = new java.util.HashMap<String, Integer>();
        jdbc.sql("""
                        SELECT r.external_id, h.member_count FROM import_record r
                        JOIN household h ON h.id::text = r.target_id WHERE r.source = ?""")
                .param("KOBO-CSV:" + source)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
