package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.exchange.ExchangeFiles.refusal;
import static org.homeward.exchange.ExchangeFiles.resource;
import static org.homeward.exchange.ExchangeFiles.write;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KoboToolbox and ODK exports, JSON and CSV, read into the same submissions. */
class KoboExportsTest {

    static final List<Map<String, String>> KHATIB_MEMBERS = List.of(
            Map.of("name", "سمير الخطيب", "sex", "m", "age", "41", "relationship", "head"),
            Map.of("name", "رنا الخطيب", "sex", "f", "age", "37", "relationship", "spouse"),
            Map.of("name", "Yara", "sex", "f", "age", "6", "relationship", "child"));

    @TempDir
    Path dir;

    @Test
    void koboJsonGivesFieldsByGroupPathAndRepeatsWithRelativeKeys() {
        List<Submission> submissions;
        try (SubmissionSource source = KoboExports.readJson(resource("kobo-households.json"), ReadOptions.plain())) {
            submissions = source.stream().toList();
        }
        assertThat(submissions).extracting(Submission::id).containsExactly("40101", "40102", "40103");
        assertThat(submissions).extracting(Submission::row).containsExactly(1L, 2L, 3L);
        Submission khatib = submissions.getFirst();
        assertThat(khatib.field("household/head_name")).isEqualTo("سمير الخطيب");
        assertThat(khatib.field("household/needs")).isEqualTo("shelter documentation");
        assertThat(khatib.field("_geolocation")).isEqualTo("36.2021 37.1343");
        assertThat(khatib.fields()).doesNotContainKeys("_attachments", "_tags", "_notes", "_validation_status");
        var members = khatib.repeat("household/members");
        assertThat(members).hasSize(3);
        assertThat(members.subList(0, 2)).containsExactlyElementsOf(KHATIB_MEMBERS.subList(0, 2));
        assertThat(members.get(2)).containsEntry("health/disability", "no").containsEntry("name", "Yara");
        assertThat(submissions.get(1).field("_validation_status/uid")).isEqualTo("validation_status_approved");
        assertThat(submissions.get(2).repeats()).isEmpty();
    }

    @Test
    void odkCentralNestedGroupsReadLikeKoboPaths() {
        try (SubmissionSource source =
                KoboExports.readJson(resource("odk-central-households.json"), ReadOptions.plain())) {
            Submission submission = source.next();
            assertThat(submission.id()).isEqualTo("uuid:0e7a6c2b-1d4f-4a9e-b3c8-5f2e1d0c9b8a");
            assertThat(submission.field("household/origin/adm2")).isEqualTo("SY0400");
            assertThat(submission.field("household/size")).isEqualTo("2");
            assertThat(submission.field("__system/reviewState")).isEmpty();
            assertThat(submission.repeat("household/members"))
                    .containsExactly(
                            Map.of("name", "خالد العمر", "sex", "m", "age", "52"),
                            Map.of("name", "Lina", "sex", "f", "age", "9.5"));
            assertThat(source.hasNext()).isFalse();
        }
    }

    @Test
    void koboCsvMergesRepeatFilesByTheirLinkColumns() {
        var repeats = new LinkedHashMap<String, Path>();
        repeats.put("household/members", resource("kobo-households-members.csv"));
        repeats.put("household/assistance", resource("kobo-households-assistance.csv"));
        List<Submission> submissions;
        try (SubmissionSource source =
                KoboExports.readCsv(resource("kobo-households.csv"), repeats, ReadOptions.plain())) {
            submissions = source.stream().toList();
        }
        assertThat(submissions).extracting(Submission::id).containsExactly("40101", "40102", "40103");
        Submission khatib = submissions.getFirst();
        assertThat(khatib.row()).isEqualTo(2);
        assertThat(khatib.field("household/head_name")).isEqualTo("سمير الخطيب");
        assertThat(khatib.field("household/needs/shelter")).isEqualTo("1");
        assertThat(khatib.repeat("household/members")).containsExactlyElementsOf(KHATIB_MEMBERS);
        assertThat(khatib.repeat("household/assistance"))
                .containsExactly(
                        Map.of("type", "food", "date", "2024-01-15"), Map.of("type", "cash", "date", "2024-02-20"));
        assertThat(submissions.get(1).repeat("household/members")).hasSize(1);
        assertThat(submissions.get(2).repeat("household/members")).isEmpty();
        assertThat(submissions.get(2).repeat("household/assistance")).isEmpty();
    }

    @Test
    void bothExportsOfTheSameFormGiveTheSameMembers() {
        List<Submission> json;
        List<Submission> csv;
        try (SubmissionSource source = KoboExports.readJson(resource("kobo-households.json"), ReadOptions.plain())) {
            json = source.stream().toList();
        }
        try (SubmissionSource source = KoboExports.readCsv(
                resource("kobo-households.csv"),
                Map.of("household/members", resource("kobo-households-members.csv")),
                ReadOptions.plain())) {
            csv = source.stream().toList();
        }
        for (int i = 0; i < json.size(); i++) {
            var fromJson = json.get(i).repeat("household/members").stream()
                    .map(m -> m.get("name"))
                    .toList();
            var fromCsv = csv.get(i).repeat("household/members").stream()
                    .map(m -> m.get("name"))
                    .toList();
            assertThat(fromCsv).isEqualTo(fromJson);
            assertThat(csv.get(i).field("household/origin/adm1"))
                    .isEqualTo(json.get(i).field("household/origin/adm1"));
        }
    }

    @Test
    void aRepeatRowWithoutItsSubmissionIsRefused() {
        var main = write(dir, "main.csv", "_id;name\n1;A\n2;B\n");
        var members = write(dir, "members.csv", "name;_submission__id\nA1;1\nX1;9\nB1;2\n");
        var problem = refusal(
                ProblemCode.ORPHAN_REPEAT,
                () -> KoboExports.check(KoboExports.readCsv(main, Map.of("members", members), ReadOptions.plain())));
        assertThat(problem.message()).contains("'members'").contains("column _submission__id, row 3");
    }

    @Test
    void aRepeatFileWithoutALinkColumnIsRefused() {
        var main = write(dir, "main.csv", "_id;name\n1;A\n");
        var members = write(dir, "members.csv", "name;age\nA1;3\n");
        var problem = refusal(
                ProblemCode.MISSING_HEADER,
                () -> KoboExports.readCsv(main, Map.of("members", members), ReadOptions.plain()));
        assertThat(problem.message()).contains("_submission__id").contains("'members'");
    }

    @Test
    void aRepeatFileWithoutRowsMeansNoEntries() {
        var main = write(dir, "main.csv", "_id;name\n1;A\n");
        var members = write(dir, "members.csv", "name;_submission__id\n");
        try (SubmissionSource source = KoboExports.readCsv(main, Map.of("members", members), ReadOptions.plain())) {
            assertThat(source.next().repeat("members")).isEmpty();
        }
    }

    @Test
    void aSubmissionWithoutAnIdIsRefused() {
        var file = write(dir, "no-id.json", "[{\"_id\": 1}, {\"name\": \"x\"}]");
        var problem = refusal(
                ProblemCode.SUBMISSION_WITHOUT_ID,
                () -> KoboExports.check(KoboExports.readJson(file, ReadOptions.plain())));
        assertThat(problem.row()).isEqualTo(2);
    }

    @Test
    void aRepeatInsideARepeatIsRefusedClearly() {
        var file = write(
                dir, "nested.json", "[{\"_id\": 1, \"m\": [{\"m/name\": \"x\", \"m/v\": [{\"m/v/k\": \"y\"}]}]}]");
        var problem = refusal(
                ProblemCode.MALFORMED_JSON, () -> KoboExports.check(KoboExports.readJson(file, ReadOptions.plain())));
        assertThat(problem.message()).contains("repeat group inside a repeat group 'v'");
    }

    @Test
    void anExportThatIsNotJsonIsRefused() {
        refusal(
                ProblemCode.MALFORMED_JSON,
                () -> KoboExports.readJson(resource("kobo-households.csv"), ReadOptions.plain()));
        refusal(
                ProblemCode.TRUNCATED,
                () -> KoboExports.check(KoboExports.readJson(
                        write(dir, "cut.json", "{\"results\": [{\"_id\": 1"), ReadOptions.plain())));
    }
}
