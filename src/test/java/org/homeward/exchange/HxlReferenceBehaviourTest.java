package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.exchange.ExchangeFiles.cells;
import static org.homeward.exchange.ExchangeFiles.libhxl;
import static org.homeward.exchange.ExchangeFiles.refusal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The assertions of libhxl-python's tests/test_io.py (TestParser, TestInput, TestUntaggedInput,
 * TestLocationInformation) on the same files: headers, tags, attributes and content of input-valid in every
 * format, fuzzy and invalid hashtag rows, multi-line values, source row numbers, untagged inputs, JSON selectors.
 */
class HxlReferenceBehaviourTest {

    static final List<String> EXPECTED_HEADERS = List.of(
            "Registro",
            "Sector/Cluster",
            "Subsector",
            "Organización",
            "Hombres",
            "Mujeres",
            "País",
            "Departamento/Provincia/Estado",
            "");
    static final List<String> EXPECTED_TAGS =
            List.of("", "sector", "subsector", "org", "targeted", "targeted", "country", "adm1", "date");
    static final List<List<String>> EXPECTED_ATTRIBUTES = List.of(
            List.of(),
            List.of("es"),
            List.of("es"),
            List.of("es"),
            List.of("f"),
            List.of("m"),
            List.of(),
            List.of(),
            List.of("reported"));
    static final List<List<String>> EXPECTED_CONTENT = List.of(
            List.of("001", "WASH", "Higiene", "ACNUR", "100", "100", "Panamá", "Los Santos", "1 March 2015"),
            List.of("002", "Salud", "Vacunación", "OMS", "", "", "Colombia", "Cauca", ""),
            List.of("003", "Educación", "Formación de enseñadores", "UNICEF", "250", "300", "Colombia", "Chocó", ""),
            List.of("004", "WASH", "Urbano", "OMS", "80", "95", "Venezuela", "Amazonas", ""));

    @Test
    void validCsvHasTheReferenceHeadersTagsAttributesAndContent() {
        try (RowSource source = Tables.open(libhxl("test_io/input-valid.csv"), ReadOptions.hxl())) {
            Header header = source.header();
            assertThat(header.names()).containsExactlyElementsOf(EXPECTED_HEADERS);
            assertThat(header.tags().stream().map(t -> t == null ? "" : t.tag()))
                    .containsExactlyElementsOf(EXPECTED_TAGS);
            assertThat(header.tags().stream().map(t -> t == null ? List.<String>of() : t.attributes()))
                    .containsExactlyElementsOf(EXPECTED_ATTRIBUTES);
            var rows = source.stream().map(Row::cells).toList();
            assertThat(rows).containsExactlyElementsOf(EXPECTED_CONTENT);
        }
    }

    /** libhxl's compare_input on every form of input-valid; XLSX numbers come back as written ("100"). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "input-valid.csv",
                "input-valid.hxl",
                "input-valid.ssv",
                "input-valid.tsv",
                "input-valid.json",
                "input-valid-json.txt",
                "input-valid-nested.json",
                "input-valid-objects.json",
                "input-valid.xlsx",
                "input-valid-xlsx.NOEXT",
                "input-valid-csv.zip",
                "output-valid.csv",
                "output-valid.json"
            })
    void everyFormOfTheValidInputHasTheReferenceContent(String file) {
        assertThat(cells(libhxl("test_io/" + file), ReadOptions.hxl())).containsExactlyElementsOf(EXPECTED_CONTENT);
    }

    /** The object form libhxl writes keeps only tagged columns, keys sorted; as tagged values it is the same data. */
    @Test
    void objectOutputHoldsTheSameTaggedValuesAsTheCsvInput() {
        assertThat(taggedValues("test_io/output-valid-objects.json"))
                .isEqualTo(taggedValues("test_io/input-valid.csv"));
    }

    @Test
    void anImperfectHashtagRowStillWorks() {
        var header = Tables.check(libhxl("test_io/input-fuzzy.csv"), ReadOptions.hxl())
                .header();
        assertThat(header.matching("#targeted+f")).hasSize(2);
        assertThat(header.column(6).tag()).isNull(); // "country" without '#' stays untagged
    }

    @Test
    void aMissingHashtagRowIsRefused() {
        var problem = refusal(
                ProblemCode.NO_HASHTAG_ROW, () -> Tables.open(libhxl("test_io/input-invalid.csv"), ReadOptions.hxl()));
        assertThat(problem.message()).contains("first 25 rows");
    }

    @Test
    void aQuotedValueKeepsItsLineBreaks() {
        try (RowSource source = Tables.open(libhxl("test_io/input-multiline.csv"), ReadOptions.hxl())) {
            int description =
                    source.header().matching("#description").getFirst().position();
            Row row = source.next();
            assertThat(row.cell(description)).isEqualTo("Line 1\nLine 2\nLine 3");
            assertThat(row.number()).isEqualTo(2);
        }
    }

    @Test
    void rowsKeepTheirSourceNumbersBelowSeveralHeaderRows() {
        try (RowSource source = Tables.open(libhxl("test_io/input-multiple-headers.csv"), ReadOptions.hxl())) {
            assertThat(source.header().row()).isEqualTo(3);
            assertThat(source.header().names()).containsExactly("Org", "No hashtag", "Province", "Number affected");
            var rows = source.stream().toList();
            assertThat(rows).extracting(Row::number).containsExactly(4L, 5L);
            assertThat(rows.getFirst().cells()).containsExactly("Org X", "xxx", "Coast", " 100");
        }
    }

    @Test
    void latin1IsRefusedUnlessChosenAndThenReads() {
        var file = libhxl("test_io/input-valid-latin1.csv");
        var problem = refusal(ProblemCode.NOT_UTF8, () -> Tables.open(file, ReadOptions.hxl()));
        assertThat(problem.message())
                .contains("byte 0xE9 at byte offset 2")
                .contains("row 1")
                .contains("windows-1256");
        var rows = cells(file, ReadOptions.hxl().withEncoding(StandardCharsets.ISO_8859_1));
        assertThat(rows).containsExactlyElementsOf(EXPECTED_CONTENT);
    }

    @Test
    void untaggedJsonArraysReadAsPlainRows() {
        // libhxl's test expects a first row the file at this commit no longer has; the rows below are the file's.
        var rows = cells(libhxl("test_io/input-untagged.json"), ReadOptions.plain());
        assertThat(rows.getFirst())
                .containsExactly(
                        "Registro",
                        "Sector/Cluster",
                        "Subsector",
                        "Organización",
                        "Hombres",
                        "Mujeres",
                        "País",
                        "Departamento/Provincia/Estado",
                        "");
        assertThat(rows.subList(1, 5)).containsExactlyElementsOf(EXPECTED_CONTENT);
    }

    @Test
    void untaggedJsonObjectsReadWithTheirKeysAsHeader() {
        try (RowSource source = Tables.open(libhxl("test_io/input-untagged-objects.json"), ReadOptions.plain())) {
            assertThat(source.header().names()).containsExactlyElementsOf(EXPECTED_HEADERS.subList(0, 8));
            assertThat(source.stream().map(Row::cells))
                    .containsExactlyElementsOf(EXPECTED_CONTENT.stream()
                            .map(row -> row.subList(0, 8))
                            .toList());
        }
    }

    @Test
    void aZippedUntaggedCsvReadsAsPlainRows() {
        assertThat(cells(libhxl("test_io/input-untagged-csv.zip"), ReadOptions.plain()))
                .containsExactlyElementsOf(EXPECTED_CONTENT.subList(0, 3).stream()
                        .map(row -> row.subList(0, 8))
                        .toList());
    }

    @Test
    void aZipWithoutACsvIsRefused() {
        var problem = refusal(
                ProblemCode.UNSUPPORTED_FORMAT,
                () -> Tables.open(libhxl("test_io/input-zip-invalid.zip"), ReadOptions.hxl()));
        assertThat(problem.message()).contains("1 .xlsx");
    }

    @Test
    void aJsonSelectorPicksTheRows() {
        var file = libhxl("test_io/input-valid-json-selector.json");
        assertThat(cells(file, ReadOptions.hxl().withJsonSelector("sel1"))).containsExactly(List.of("Coast", "100"));
        assertThat(cells(file, ReadOptions.hxl().withJsonSelector("sel2"))).containsExactly(List.of("Plains", "200"));
        assertThat(cells(file, ReadOptions.hxl().withJsonSelector("$.sel1"))).containsExactly(List.of("Coast", "100"));
        refusal(
                ProblemCode.MALFORMED_JSON,
                () -> Tables.open(file, ReadOptions.hxl().withJsonSelector("sel9")));
    }

    @Test
    void xlsxFirstRowIsReadAsStoredAndMergedCellsStayEmpty() {
        try (RowSource source = Tables.open(libhxl("test_io/input-valid.xlsx"), ReadOptions.plain())) {
            assertThat(source.header().names().subList(0, 2)).containsExactly("¿Qué?", "");
        }
    }

    /** Merged ranges D5:D6 and G5:G6 hold their value in the top-left cell only; the rest read empty. */
    @Test
    void mergedCellsAreNotExpanded() {
        var rows = cells(libhxl("test_io/input-merged.xlsx"), ReadOptions.hxl());
        assertThat(rows.get(1))
                .containsExactly("002", "Salud", "Vacunación", "UNICEF", "105", "110", "Colombia", "Cauca", "");
        assertThat(rows.get(2).get(3)).isEmpty();
        assertThat(rows.get(2).get(6)).isEmpty();
    }

    @Test
    void aSheetThatDoesNotExistIsRefused() {
        var problem = refusal(
                ProblemCode.SHEET_NOT_FOUND,
                () -> Tables.open(
                        libhxl("test_io/input-valid.xlsx"), ReadOptions.hxl().withSheet("100")));
        assertThat(problem.message()).contains("'input-valid'");
    }

    @Test
    void aWorkbookWithAWrongDimensionAndNoSharedStringsReads() {
        var summary = Tables.check(libhxl("test_io/input-broken.xlsx"), ReadOptions.hxl());
        assertThat(summary.lastRow()).isEqualTo(6433);
        assertThat(summary.header().matching("#affected+idps")).hasSize(1);
    }

    @Test
    void htmlIsRefusedAsNotATable() {
        for (String file : List.of("test_io/input-notag1.html", "test_io/input-notag2.html")) {
            var problem = refusal(ProblemCode.NOT_A_TABLE, () -> Tables.open(libhxl(file), ReadOptions.hxl()));
            assertThat(problem.message()).contains("HTML");
        }
    }

    private static List<Map<String, String>> taggedValues(String file) {
        var rows = new ArrayList<Map<String, String>>();
        try (RowSource source = Tables.open(libhxl(file), ReadOptions.hxl().dropUntagged())) {
            source.forEachRemaining(row -> {
                Map<String, String> values = new TreeMap<>();
                source.header().columns().forEach(c -> values.put(c.tag().spec(), row.cell(c.position())));
                rows.add(values);
            });
        }
        return rows;
    }
}
