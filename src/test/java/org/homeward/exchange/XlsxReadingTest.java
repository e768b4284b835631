package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.exchange.ExchangeFiles.cells;
import static org.homeward.exchange.ExchangeFiles.libhxl;
import static org.homeward.exchange.ExchangeFiles.refusal;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX read as a stream of rows: values as users see them, and every defence against hostile archives. */
class XlsxReadingTest {

    static final String STRINGS = "<si><t>name</t></si><si><t>born</t></si><si><t>count</t></si>"
            + "<si><r><t>محمد </t></r><r><rPr><b/></rPr><t>الأحمد</t></r><rPh><t>ignored</t></rPh></si>"
            + "<si><t xml:space=\"preserve\">line one_x000D_\nline two </t></si>";
    // cellXfs: 0 general, 1 built-in date (14), 2 custom date-time (164), 3 built-in time (20), 4 quoted text only
    // (165)
    static final String STYLES =
            "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"20\"/><xf numFmtId=\"165\"/>";

    @TempDir
    Path dir;

    @Test
    void valuesReadAsAUserSeesThem() {
        String rows =
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>45366</v></c><c r=\"C2\"><v>100</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" s=\"2\"><v>45366.5</v></c><c r=\"C3\"><v>1.50</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Fatima</t></is></c><c r=\"B4\" s=\"3\"><v>0.75</v></c><c r=\"C4\" s=\"4\"><v>1E+20</v></c></row>"
                        + "<row r=\"5\"><c r=\"A5\" t=\"b\"><v>1</v></c><c r=\"B5\" t=\"e\"><v>#N/A</v></c><c r=\"C5\" t=\"str\"><f>A1&amp;\"x\"</f><v>namex</v></c></row>";
        var file =
                Workbooks.write(dir.resolve("values.xlsx"), Workbooks.parts(Map.of("people", rows), STRINGS, STYLES));
        try (RowSource source = Tables.open(file, ReadOptions.plain())) {
            assertThat(source.description()).isEqualTo(TableDescription.xlsx("people"));
            assertThat(source.header().names()).containsExactly("name", "born", "count");
            assertThat(source.stream().map(Row::cells))
                    .containsExactly(
                            List.of("محمد الأحمد", "2024-03-15", "100"),
                            List.of("line one\r\nline two ", "2024-03-15T12:00:00", "1.5"),
                            List.of("Fatima", "18:00:00", "100000000000000000000"),
                            List.of("TRUE", "#N/A", "namex"));
        }
    }

    @Test
    void gapsKeepRowNumbersAndColumnPositions() {
        String rows =
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
                        + "<row r=\"5\"><c r=\"B5\"><v>7</v></c></row><row><c><v>8</v></c><c><v>9</v></c></row>";
        var file = Workbooks.write(dir.resolve("gaps.xlsx"), Workbooks.parts(Map.of("s", rows), "", STYLES));
        try (RowSource source = Tables.open(file, ReadOptions.plain())) {
            assertThat(source.header().row()).isEqualTo(2);
            var data = source.stream().toList();
            assertThat(data).extracting(Row::number).containsExactly(5L, 6L);
            assertThat(data).extracting(Row::cells).containsExactly(List.of("", "7", ""), List.of("8", "9", ""));
        }
    }

    @Test
    void sheetsAreChosenByNameOrNumberAndHiddenOnesSkipped() {
        var sheets = new LinkedHashMap<String, String>();
        sheets.put(
                "hidden notes",
                "<row r=\"1\"><c t=\"inlineStr\"><is><t>notes</t></is></c></row><row r=\"2\"><c><v>1</v></c></row>");
        sheets.put(
                "readme",
                "<row r=\"1\"><c t=\"inlineStr\"><is><t>about</t></is></c></row><row r=\"2\"><c><v>2</v></c></row>");
        sheets.put(
                "data",
                "<row r=\"1\"><c t=\"inlineStr\"><is><t>#adm1+code</t></is></c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>SY02</t></is></c></row>");
        var file = Workbooks.write(dir.resolve("sheets.xlsx"), Workbooks.parts(sheets, "", STYLES));
        assertThat(cells(file, ReadOptions.plain())).containsExactly(List.of("2"));
        assertThat(cells(file, ReadOptions.hxl())).containsExactly(List.of("SY02"));
        assertThat(cells(file, ReadOptions.plain().withSheet("hidden notes"))).containsExactly(List.of("1"));
        assertThat(cells(file, ReadOptions.plain().withSheet("3"))).containsExactly(List.of("SY02"));
        assertThat(refusal(
                                ProblemCode.SHEET_NOT_FOUND,
                                () -> Tables.open(file, ReadOptions.plain().withSheet("4")))
                        .message())
                .contains("'hidden notes', 'readme', 'data'");
    }

    @Test
    void theFirstSheetWithHashtagsIsReadAsHxl() {
        try (RowSource source = Tables.open(libhxl("test_io/input-quality.xlsx"), ReadOptions.hxl())) {
            assertThat(source.description().sheet()).isEqualTo("input-quality-hxl");
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        var parts = Workbooks.parts(Map.of("s", ""), "", STYLES);
        try (OutputStream out = Files.newOutputStream(bomb);
                var zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
                    // One row, then 20 MB of zeros: compresses about a thousand to one.
                    zip.write(("<worksheet xmlns=\"" + Workbooks.MAIN
                                    + "\"><sheetData><row r=\"1\"><c><v>1</v></c></row>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] zeros = new byte[1 << 20];
                    Arrays.fill(zeros, (byte) '0');
                    for (int i = 0; i < 20; i++) {
                        zip.write(zeros);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);
        var problem = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> refusal(ProblemCode.ARCHIVE_TOO_LARGE, () -> Tables.check(bomb, ReadOptions.plain())));
        assertThat(problem.message()).contains("xl/worksheets/sheet1.xml").contains("zip bomb");
    }

    @Test
    void archivesBeyondTheSizeAndEntryLimitsAreRefused() {
        var file = libhxl("test_io/input-valid.xlsx");
        var small = ReadOptions.hxl().withLimits(Limits.DEFAULTS.withMaxUnzippedBytes(8_000));
        assertThat(refusal(ProblemCode.ARCHIVE_TOO_LARGE, () -> Tables.check(file, small))
                        .message())
                .contains("more than 8,000 bytes");
        var few = ReadOptions.hxl().withLimits(Limits.DEFAULTS.withMaxZipEntries(5));
        assertThat(refusal(ProblemCode.ARCHIVE_TOO_LARGE, () -> Tables.check(file, few))
                        .message())
                .contains("9 entries");
    }

    @Test
    void sharedStringsBeyondTheirLimitAreRefused() {
        var options = ReadOptions.hxl().withLimits(Limits.DEFAULTS.withMaxSharedStringChars(500));
        var problem =
                refusal(ProblemCode.ARCHIVE_TOO_LARGE, () -> Tables.open(libhxl("test_io/input-valid.xlsx"), options));
        assertThat(problem.message()).contains("shared strings exceed 500 characters");
    }

    @Test
    void dtdsAndEntitiesAreRefused() {
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                        + "<worksheet xmlns=\"" + Workbooks.MAIN
                        + "\"><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + Workbooks.MAIN
                + "\"><sheetData><row><c t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
        for (String sheet : List.of(laughs, external)) {
            var parts = Workbooks.parts(Map.of("s", ""), "", STYLES);
            parts.put("xl/worksheets/sheet1.xml", sheet);
            var file = Workbooks.write(dir.resolve("dtd.xlsx"), parts);
            var problem = refusal(ProblemCode.MALFORMED_WORKBOOK, () -> Tables.check(file, ReadOptions.plain()));
            assertThat(problem.message()).contains("DTD").doesNotContain("root:");
        }
    }

    @Test
    void aCellBeyondTheColumnLimitIsRefused() {
        String rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>";
        var file = Workbooks.write(dir.resolve("wide.xlsx"), Workbooks.parts(Map.of("s", rows), "", STYLES));
        assertThat(refusal(ProblemCode.TOO_MANY_COLUMNS, () -> Tables.check(file, ReadOptions.plain()))
                        .row())
                .isEqualTo(1);
    }

    @Test
    void aCellOverTheFieldLimitIsRefused() {
        String rows = "<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>" + "x".repeat(101)
                + "</t></is></c></row>";
        var file = Workbooks.write(dir.resolve("long.xlsx"), Workbooks.parts(Map.of("s", rows), "", STYLES));
        var options = ReadOptions.plain().withLimits(Limits.DEFAULTS.withMaxFieldChars(100));
        assertThat(refusal(ProblemCode.FIELD_TOO_LONG, () -> Tables.check(file, options))
                        .message())
                .contains("column 1, row 2");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(libhxl("test_io/input-valid.xlsx"));
        var file = ExchangeFiles.write(dir, "cut.xlsx", Arrays.copyOf(bytes, bytes.length / 2));
        refusal(ProblemCode.MALFORMED_WORKBOOK, () -> Tables.open(file, ReadOptions.hxl()));
    }

    @Test
    void aWorkbookWithoutItsSheetPartIsRefused() {
        var parts = Workbooks.parts(Map.of("s", ""), "", STYLES);
        parts.remove("xl/worksheets/sheet1.xml");
        var file = Workbooks.write(dir.resolve("partless.xlsx"), parts);
        assertThat(refusal(ProblemCode.MALFORMED_WORKBOOK, () -> Tables.open(file, ReadOptions.plain()))
                        .message())
                .contains("xl/worksheets/sheet1.xml");
    }
}
