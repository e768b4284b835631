package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.exchange.ExchangeFiles.refusal;
import static org.homeward.exchange.ExchangeFiles.resource;
import static org.homeward.exchange.ExchangeFiles.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KoboToolbox and ODK CSV exports that arrive as one ZIP archive: files told apart by their link columns. */
class KoboZipExportsTest {

    static final String ODK_MAIN = """
            SubmissionDate,household-status,household-origin-adm2,meta-instanceID,KEY,SubmitterID,Status
            2024-03-02T06:31:52.000Z,IDP,SY0200,uuid:a1,uuid:a1,5,
            2024-03-02T07:09:40.000Z,REFUGEE,SY0200,uuid:b2,uuid:b2,5,
            """;

    static final String ODK_MEMBERS = """
            name,sex,age,PARENT_KEY,KEY
            M1,m,41,uuid:a1,uuid:a1/members[1]
            M2,f,37,uuid:a1,uuid:a1/members[2]
            M3,f,29,uuid:b2,uuid:b2/members[1]
            """;

    @TempDir
    Path dir;

    @Test
    void odkCentralZipLinksMembersByKeyWhateverTheOrderOfItsFiles() {
        Path zip = zip("odk.zip", "households-members.csv", ODK_MEMBERS, "households.csv", ODK_MAIN);
        assertThat(KoboExports.isCsvArchive(zip, ReadOptions.plain())).isTrue();
        List<Submission> submissions;
        try (SubmissionSource source = KoboExports.readZip(zip, ReadOptions.plain())) {
            submissions = source.stream().toList();
        }
        assertThat(submissions).extracting(Submission::id).containsExactly("uuid:a1", "uuid:b2");
        Submission first = submissions.getFirst();
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.field("household/status")).isEqualTo("IDP");
        assertThat(first.field("meta/instanceID")).isEqualTo("uuid:a1");
        assertThat(first.repeat("members"))
                .containsExactly(
                        Map.of("name", "M1", "sex", "m", "age", "41"), Map.of("name", "M2", "sex", "f", "age", "37"));
        assertThat(submissions.get(1).repeat("members")).hasSize(1);
    }

    @Test
    void koboZipGivesTheSameSubmissionsAsItsLooseFiles() {
        Path zip = zip(
                "kobo.zip",
                "export/members.csv",
                read(resource("kobo-households-members.csv")),
                "export/households.csv",
                read(resource("kobo-households.csv")),
                "export/assistance.csv",
                read(resource("kobo-households-assistance.csv")));
        List<Submission> submissions;
        try (SubmissionSource source = KoboExports.readZip(zip, ReadOptions.plain())) {
            submissions = source.stream().toList();
        }
        assertThat(submissions).extracting(Submission::id).containsExactly("40101", "40102", "40103");
        Submission khatib = submissions.getFirst();
        assertThat(khatib.repeats()).containsOnlyKeys("household/members", "household/assistance");
        assertThat(khatib.repeat("household/members")).containsExactlyElementsOf(KoboExportsTest.KHATIB_MEMBERS);
        assertThat(khatib.repeat("household/assistance")).hasSize(2);
    }

    @Test
    void aZipOfOneCsvFileStaysAnOrdinaryTable() {
        Path zip = zip("one.zip", "households.csv", "household_id,sex\nH1,f\n");
        assertThat(KoboExports.isCsvArchive(zip, ReadOptions.plain())).isFalse();
        assertThat(KoboExports.isCsvArchive(resource("kobo-households.csv"), ReadOptions.plain()))
                .isFalse();
    }

    @Test
    void aZipWithoutAMainFileIsRefusedSayingWhatItHolds() {
        Path zip = zip("no-main.zip", "members.csv", ODK_MEMBERS, "notes.csv", "note,date\n");
        var problem = refusal(ProblemCode.NO_MAIN_FILE, () -> KoboExports.readZip(zip, ReadOptions.plain()));
        assertThat(problem.message())
                .contains("no main file")
                .contains("members.csv")
                .contains("notes.csv");
    }

    @Test
    void twoCandidateMainFilesAreRefusedNamingBoth() {
        Path zip = zip("two.zip", "a.csv", "_id,x\n1,y\n", "b.csv", "_id,x\n2,y\n");
        var problem = refusal(ProblemCode.NO_MAIN_FILE, () -> KoboExports.readZip(zip, ReadOptions.plain()));
        assertThat(problem.message()).contains("a.csv, b.csv");
    }

    @Test
    void aRepeatRowWhoseSubmissionDoesNotExistNamesFileRowAndColumn() {
        Path zip = zip(
                "orphan.zip",
                "main.csv",
                "_id;name\n1;A\n2;B\n",
                "members.csv",
                "name;_submission__id\nA1;1\nX1;9\nB1;2\n");
        var problem = refusal(
                ProblemCode.ORPHAN_REPEAT, () -> KoboExports.check(KoboExports.readZip(zip, ReadOptions.plain())));
        assertThat(problem.message())
                .startsWith("E1020 in file members.csv: ")
                .contains("not in main.csv")
                .contains("'9' in column _submission__id, row 3");
    }

    @Test
    void repeatRowsOutOfOrderAreRefusedAsOutOfOrder() {
        Path zip = zip(
                "order.zip", "main.csv", "_id;name\n1;A\n2;B\n", "members.csv", "name;_submission__id\nB1;2\nA1;1\n");
        var problem = refusal(
                ProblemCode.ORPHAN_REPEAT, () -> KoboExports.check(KoboExports.readZip(zip, ReadOptions.plain())));
        assertThat(problem.message())
                .contains("in file members.csv")
                .contains("out of order: it belongs to row 2 of main.csv")
                .contains("column _submission__id, row 3");
    }

    @Test
    void anOdkRepeatInsideARepeatIsRefusedClearly() {
        Path zip = zip(
                "nested.zip",
                "households.csv",
                ODK_MAIN,
                "households-members-documents.csv",
                "type,PARENT_KEY,KEY\npassport,uuid:a1/members[1],uuid:a1/members[1]/documents[1]\n");
        var problem = refusal(ProblemCode.UNSUPPORTED_FORMAT, () -> KoboExports.readZip(zip, ReadOptions.plain()));
        assertThat(problem.message())
                .contains("repeat group inside a repeat group")
                .contains("households-members-documents.csv");
    }

    @Test
    void theArchiveLimitsOfWorkbooksApply() {
        Path zip = zip("odk.zip", "households.csv", ODK_MAIN, "households-members.csv", ODK_MEMBERS);
        var fewEntries = ReadOptions.plain().withLimits(Limits.DEFAULTS.withMaxZipEntries(1));
        refusal(ProblemCode.ARCHIVE_TOO_LARGE, () -> KoboExports.readZip(zip, fewEntries));
        var fewBytes = ReadOptions.plain().withLimits(Limits.DEFAULTS.withMaxUnzippedBytes(300));
        refusal(ProblemCode.ARCHIVE_TOO_LARGE, () -> KoboExports.check(KoboExports.readZip(zip, fewBytes)));
    }

    @Test
    void aRepeatFileThatExpandsLikeAZipBombIsRefused() {
        String row = "x,1\n";
        Path zip = zip(
                "bomb.zip",
                "main.csv",
                "_id,name\n1,A\n",
                "members.csv",
                "name,_submission__id\n" + row.repeat(1_000_000));
        var problem = refusal(
                ProblemCode.ARCHIVE_TOO_LARGE, () -> KoboExports.check(KoboExports.readZip(zip, ReadOptions.plain())));
        assertThat(problem.message()).contains("members.csv");
    }

    private Path zip(String name, String... namesAndTexts) {
        return write(dir, name, Zips.of(namesAndTexts));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
