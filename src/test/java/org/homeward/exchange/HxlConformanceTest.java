package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.exchange.ExchangeFiles.libhxl;
import static org.homeward.exchange.ExchangeFiles.refusal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the HXL reference library's test suite (libhxl-python, tests/files) read as HXL, with the outcome
 * the file encodes: its hashtags and number of data rows, or a refusal. Expected tags and counts were computed
 * independently (Python's csv module, HXL's hashtag rule) and are written out here. Where the suite tests a
 * libhxl feature Homeward does not have, the entry says so ("out of scope: ...") and asserts what Homeward does
 * instead; nothing is skipped. {@link HxlReferenceBehaviourTest} repeats the assertions of libhxl's test_io.py.
 */
class HxlConformanceTest {

    private static final String SIMPLE = "#sector,#subsector,#org,#population+sex,#targeted,#country,#adm1";
    private static final String STATUS = SIMPLE + ",#status";
    private static final String DATED = "#date+reported," + SIMPLE;
    private static final String VALID =
            ",#sector+es,#subsector+es,#org+es,#targeted+f,#targeted+m,#country,#adm1,#date+reported";
    private static final String FILTERS = "out of scope: libhxl's filters and scripts; read here as HXL input";

    /** An outcome: hashtags (comma-separated, "" for untagged) and data rows, or a refusal's code. */
    record Outcome(String tags, int rows, ProblemCode refusal, String note) {

        @Override
        public String toString() {
            return note.isEmpty() ? "" : "[" + note + "]";
        }
    }

    static Outcome tagged(int rows, String tags) {
        return new Outcome(tags, rows, null, "");
    }

    static Outcome tagged(int rows, String tags, String note) {
        return new Outcome(tags, rows, null, note);
    }

    static Outcome refused(ProblemCode code, String note) {
        return new Outcome(null, 0, code, note);
    }

    static final Map<String, Outcome> OUTCOMES = new TreeMap<>(Map.ofEntries(
            Map.entry("LICENSE.md", refused(ProblemCode.NO_HASHTAG_ROW, "not a test input: the suite's licence")),
            Map.entry("mock/append-source-1.csv", tagged(2, "#org,#targeted,#sector+list,#sector+list", FILTERS)),
            Map.entry("mock/append-source-2.csv", tagged(2, "#org,#targeted,#sector+list,#sector+list", FILTERS)),
            Map.entry("mock/append-source-list.csv", tagged(2, "#x_source", FILTERS)),
            Map.entry("mock/taxonomy.csv", tagged(3, "#adm1+name,#adm1+code", FILTERS)),
            Map.entry(
                    "test_converters/wide-tagging-test.csv",
                    refused(
                            ProblemCode.NO_HASHTAG_ROW,
                            "out of scope: libhxl's automatic tagger; the file has no hashtags")),
            Map.entry(
                    "test_io/input-broken.xlsx",
                    tagged(
                            6431,
                            "#country+code,#country+name,#date+year,#date+start,#description,#crisis+category,#crisis+type,#affected+disaster+idps+ind+newdisp")),
            Map.entry(
                    "test_io/input-fuzzy.csv",
                    tagged(4, ",#sector+es,#subsector+es,#org+es,#targeted+f,#targeted+f,,")),
            Map.entry("test_io/input-invalid.csv", refused(ProblemCode.NO_HASHTAG_ROW, "")),
            Map.entry("test_io/input-invalid.png", refused(ProblemCode.NOT_A_TABLE, "")),
            Map.entry(
                    "test_io/input-merged.xlsx",
                    tagged(4, VALID, "merged cells are not expanded (libhxl's expand_merged is out of scope)")),
            Map.entry("test_io/input-multiline.csv", tagged(1, "#description")),
            Map.entry("test_io/input-multiple-headers.csv", tagged(2, "#org,,#adm1,#affected")),
            Map.entry("test_io/input-notag1.html", refused(ProblemCode.NOT_A_TABLE, "")),
            Map.entry("test_io/input-notag2.html", refused(ProblemCode.NOT_A_TABLE, "")),
            Map.entry(
                    "test_io/input-quality.xls",
                    refused(ProblemCode.UNSUPPORTED_FORMAT, "out of scope: legacy .xls (BIFF), refused with advice")),
            Map.entry(
                    "test_io/input-quality.xlsx",
                    tagged(4, VALID, "the first sheet with hashtags is read; libhxl's info() report is out of scope")),
            Map.entry(
                    "test_io/input-untagged-csv.zip",
                    refused(
                            ProblemCode.NO_HASHTAG_ROW,
                            "untagged; read as a plain table in HxlReferenceBehaviourTest")),
            Map.entry("test_io/input-untagged-objects.json", refused(ProblemCode.NO_HASHTAG_ROW, "untagged")),
            Map.entry("test_io/input-untagged.csv", refused(ProblemCode.NO_HASHTAG_ROW, "untagged")),
            Map.entry("test_io/input-untagged.json", refused(ProblemCode.NO_HASHTAG_ROW, "untagged")),
            Map.entry("test_io/input-valid-csv.zip", tagged(4, VALID)),
            Map.entry("test_io/input-valid-json-selector.json", tagged(1, "#adm1,#affected")),
            Map.entry("test_io/input-valid-json.txt", tagged(4, VALID)),
            Map.entry(
                    "test_io/input-valid-latin1.csv",
                    refused(ProblemCode.NOT_UTF8, "read with encoding ISO-8859-1 chosen in HxlReferenceBehaviourTest")),
            Map.entry("test_io/input-valid-nested.json", tagged(4, VALID)),
            Map.entry("test_io/input-valid-objects.json", tagged(4, VALID)),
            Map.entry("test_io/input-valid-xlsx.NOEXT", tagged(4, VALID)),
            Map.entry("test_io/input-valid.csv", tagged(4, VALID)),
            Map.entry("test_io/input-valid.hxl", tagged(4, VALID)),
            Map.entry("test_io/input-valid.json", tagged(4, VALID)),
            Map.entry("test_io/input-valid.ssv", tagged(4, VALID)),
            Map.entry("test_io/input-valid.tsv", tagged(4, VALID)),
            Map.entry(
                    "test_io/input-valid.xls",
                    refused(ProblemCode.UNSUPPORTED_FORMAT, "out of scope: legacy .xls (BIFF), refused with advice")),
            Map.entry("test_io/input-valid.xlsx", tagged(4, VALID)),
            Map.entry("test_io/input-zip-invalid.zip", refused(ProblemCode.UNSUPPORTED_FORMAT, "")),
            Map.entry(
                    "test_io/output-valid-objects.json",
                    tagged(
                            4,
                            "#adm1,#country,#date+reported,#org+es,#sector+es,#subsector+es,#targeted+f,#targeted+m")),
            Map.entry("test_io/output-valid.csv", tagged(4, VALID)),
            Map.entry("test_io/output-valid.json", tagged(4, VALID)),
            Map.entry("test_scripts/add-output-before.csv", tagged(8, DATED, FILTERS)),
            Map.entry("test_scripts/add-output-default.csv", tagged(8, SIMPLE + ",#date+reported", FILTERS)),
            Map.entry("test_scripts/add-output-headers.csv", tagged(8, SIMPLE + ",#date+reported", FILTERS)),
            Map.entry("test_scripts/append-dataset.csv", tagged(16, SIMPLE, FILTERS)),
            Map.entry("test_scripts/clean-output-headers.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/clean-output-lower.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/clean-output-noheaders.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/clean-output-upper.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/clean-output-whitespace-all.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/clean-output-whitespace-tags.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/count-output-aggregated.csv", tagged(4, "#org,#adm1,#targeted+total", FILTERS)),
            Map.entry("test_scripts/count-output-colspec.csv", tagged(4, "#org,#adm1,#output+activities", FILTERS)),
            Map.entry("test_scripts/count-output-simple.csv", tagged(4, "#org,#adm1,#meta+count", FILTERS)),
            Map.entry(
                    "test_scripts/cut-output-excludes.csv",
                    tagged(8, "#sector,#subsector,#org,#country,#adm1", FILTERS)),
            Map.entry("test_scripts/cut-output-includes.csv", tagged(8, "#sector,#org,#adm1", FILTERS)),
            Map.entry("test_scripts/input-date.csv", tagged(8, DATED, FILTERS)),
            Map.entry("test_scripts/input-merge.csv", tagged(3, "#sector,#status", FILTERS)),
            Map.entry("test_scripts/input-simple.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/input-status.csv", tagged(8, STATUS, FILTERS)),
            Map.entry(
                    "test_scripts/input-untagged.csv",
                    refused(ProblemCode.NO_HASHTAG_ROW, "out of scope: the input of libhxl's tagger")),
            Map.entry("test_scripts/input-whitespace.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/merge-output-basic.csv", tagged(8, STATUS, FILTERS)),
            Map.entry("test_scripts/merge-output-overwrite.csv", tagged(8, STATUS, FILTERS)),
            Map.entry("test_scripts/merge-output-replace.csv", tagged(8, STATUS, FILTERS)),
            Map.entry(
                    "test_scripts/rename-output-header.csv",
                    tagged(8, SIMPLE.replace("#targeted", "#affected"), FILTERS)),
            Map.entry(
                    "test_scripts/rename-output-multiple.csv",
                    tagged(8, SIMPLE.replace("#targeted", "#affected").replace("#org", "#funding"), FILTERS)),
            Map.entry(
                    "test_scripts/rename-output-single.csv",
                    tagged(8, SIMPLE.replace("#targeted", "#affected"), FILTERS)),
            Map.entry("test_scripts/select-output-eq.csv", tagged(4, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-ge.csv", tagged(4, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-gt.csv", tagged(2, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-le.csv", tagged(6, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-lt.csv", tagged(6, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-multiple.csv", tagged(6, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-ne.csv", tagged(4, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-nre.csv", tagged(4, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-re.csv", tagged(4, SIMPLE, FILTERS)),
            Map.entry("test_scripts/select-output-reverse.csv", tagged(4, SIMPLE, FILTERS)),
            Map.entry("test_scripts/sort-output-date.csv", tagged(8, DATED, FILTERS)),
            Map.entry("test_scripts/sort-output-default.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/sort-output-numeric.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/sort-output-reverse.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/sort-output-tags.csv", tagged(8, SIMPLE, FILTERS)),
            Map.entry("test_scripts/tag-output-ambiguous.csv", tagged(4, "#org,,,#adm1", FILTERS)),
            Map.entry("test_scripts/tag-output-default.csv", tagged(4, "#org,#meta,#meta,#meta", FILTERS)),
            Map.entry("test_scripts/tag-output-full.csv", tagged(4, "#org,#sector,#country,#adm1", FILTERS)),
            Map.entry("test_scripts/tag-output-notsubstrings.csv", tagged(4, ",#sector,,", FILTERS)),
            Map.entry("test_scripts/tag-output-partial.csv", tagged(4, ",#sector,,", FILTERS)),
            Map.entry(
                    "test_scripts/validation-schema-invalid.csv",
                    tagged(
                            1,
                            "#valid_tag,#valid_datatype",
                            "out of scope: libhxl's schema validation; read as HXL input")),
            Map.entry(
                    "test_scripts/validation-schema-valid.csv",
                    tagged(
                            1,
                            "#valid_tag,#valid_datatype",
                            "out of scope: libhxl's schema validation; read as HXL input")),
            Map.entry(
                    "test_validation/truthy-schema.json",
                    tagged(
                            1,
                            "#valid_tag,#valid_severity,#valid_required",
                            "out of scope: libhxl's schema validation; read as HXL JSON objects"))));

    static Stream<Arguments> suite() {
        return OUTCOMES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void everyFileOfTheSuiteHasAnExpectedOutcome() throws IOException {
        try (Stream<Path> files = Files.walk(libhxl("."))) {
            var names = files.filter(Files::isRegularFile)
                    .map(file -> libhxl(".").relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertThat(names).hasSize(89).containsExactlyElementsOf(OUTCOMES.keySet());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("suite")
    void readingAsHxlGivesTheOutcomeTheFileEncodes(String file, Outcome outcome) {
        Path path = libhxl(file);
        if (outcome.refusal() != null) {
            refusal(outcome.refusal(), () -> Tables.check(path, ReadOptions.hxl()));
            return;
        }
        TableSummary summary = Tables.check(path, ReadOptions.hxl());
        var tags = summary.header().tags().stream()
                .map(tag -> tag == null ? "" : tag.spec())
                .toList();
        assertThat(tags).containsExactlyElementsOf(Arrays.asList(outcome.tags().split(",", -1)));
        assertThat(summary.dataRows()).isEqualTo(outcome.rows());
    }
}
