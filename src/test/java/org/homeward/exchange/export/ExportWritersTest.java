package org.homeward.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.homeward.exchange.ExportColumn;
import org.homeward.exchange.ExportFormat;
import org.homeward.exchange.ExportWriter;
import org.homeward.exchange.Exports;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.Tables;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportWritersTest {

    private static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.of("reference", "#beneficiary+code"),
            ExportColumn.of("note"),
            ExportColumn.of("persons", "#affected+ind"));

    private static final List<String> FORMULAS = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1");

    @Test
    void csvPrefixesEveryFormulaTriggerWithAnApostrophe() {
        List<Row> rows = readCsv(write(ExportFormat.CSV, formulaRows()), ReadOptions.plain());

        assertThat(rows)
                .extracting(row -> row.cell(1))
                .containsExactly("'=1+1", "'+1+1", "'-1+1", "'@SUM(A1)", "'\t=1", "'\r=1");
    }

    @Test
    void csvKeepsNegativeNumbersAndNumericTextAsNumbers() {
        byte[] csv = write(ExportFormat.CSV, List.of(Arrays.asList("-12", "-3.5", -7L), Arrays.asList(null, "", 0)));

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("reference,note,persons\r\n-12,-3.5,-7\r\n,,0\r\n");
    }

    @Test
    void csvCarriesArabicTextUnchangedAndStartsWithABomOnlyWhenAsked() {
        List<?> row = List.of("HH-SYR-000001", "درعا — عودة طوعية", 5);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        try (ExportWriter writer = Exports.open(ExportFormat.CSV, COLUMNS, plain, false)) {
            writer.row(row);
        }
        try (ExportWriter writer = Exports.open(ExportFormat.CSV, COLUMNS, withBom, true)) {
            writer.row(row);
        }

        assertThat(plain.toByteArray()[0]).isEqualTo((byte) 'r');
        assertThat(Arrays.copyOf(withBom.toByteArray(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(readCsv(withBom.toByteArray(), ReadOptions.plain())
                        .getFirst()
                        .cell(1))
                .isEqualTo("درعا — عودة طوعية");
    }

    @Test
    void hxlWritesTheHashtagRowUnderTheHeader() {
        String text = new String(write(ExportFormat.HXL, List.of(List.of("a", "=b", 3))), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("reference,note,persons\r\n\"#beneficiary+code\",,#affected+ind\r\na,'=b,3\r\n");
        try (RowSource source =
                Tables.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ReadOptions.hxl())) {
            assertThat(source.header().isTagged()).isTrue();
            assertThat(source.next().cells()).containsExactly("a", "'=b", "3");
        }
    }

    @Test
    void xlsxKeepsFormulaTextAsInlineStringsThatReadBackUnchanged() throws IOException {
        byte[] xlsx = write(ExportFormat.XLSX, formulaRows());

        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).doesNotContain("<f>").contains("t=\"inlineStr\"");
        assertThat(readXlsx(xlsx)).extracting(row -> row.cell(1)).containsExactlyElementsOf(FORMULAS);
    }

    @Test
    void xlsxWritesNumbersAsNumericCellsAndTextExactlyEvenWithControlCharacters() throws IOException {
        String awkward = "a\u0001b _x0041_ <&> \"q\" \uD83C\uDDF8\uD83C\uDDFE";
        byte[] xlsx = write(
                ExportFormat.XLSX,
                List.of(
                        Arrays.asList("الحسكة", awkward, -42L),
                        Arrays.asList(LocalDate.of(2025, 4, 1), null, new BigDecimal("1.50"))));

        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<c><v>-42</v></c>").contains("<c><v>1.50</v></c>");
        List<Row> rows = readXlsx(xlsx);
        assertThat(rows.get(0).cells()).containsExactly("الحسكة", awkward, "-42");
        assertThat(rows.get(1).cell(0)).isEqualTo("2025-04-01");
    }

    @Test
    void xlsxContinuesOnANewSheetPastTheRowLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExportWriter writer = new XlsxExportWriter(COLUMNS, out, 2)) {
            for (int i = 0; i < 5; i++) {
                writer.row(List.of("r" + i, "", i));
            }
        }

        assertThat(entry(out.toByteArray(), "xl/workbook.xml")).contains("Sheet1", "Sheet2", "Sheet3");
        assertThat(entry(out.toByteArray(), "xl/worksheets/sheet3.xml")).contains(">reference<", ">r4<");
    }

    @Test
    void jsonWritesOneObjectPerRowWithNumbersAsNumbers() {
        byte[] json = write(ExportFormat.JSON, List.of(Arrays.asList("HH-1", "=x", 3), Arrays.asList("ع", null, 2.5)));

        JsonNode array = JsonMapper.builder().build().readTree(json);
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0).get("note").asString()).isEqualTo("=x");
        assertThat(array.get(0).get("persons").isNumber()).isTrue();
        assertThat(array.get(1).get("reference").asString()).isEqualTo("ع");
        assertThat(array.get(1).get("note").isNull()).isTrue();
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        try (ExportWriter writer = Exports.open(ExportFormat.CSV, COLUMNS, new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> writer.row(List.of("only one"))).hasMessageContaining("1 values for 3 columns");
        }
    }

    @Test
    void formatsParseFromParametersInAnyCase() {
        assertThat(ExportFormat.parse("XlSx")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.parse("pdf")).isNull();
    }

    private static List<List<?>> formulaRows() {
        List<List<?>> rows = new ArrayList<>();
        for (String formula : FORMULAS) {
            rows.add(List.of("HH", formula, 1));
        }
        return rows;
    }

    static byte[] write(ExportFormat format, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(format, COLUMNS, rows.stream(), out);
        return out.toByteArray();
    }

    private static List<Row> readCsv(byte[] csv, ReadOptions options) {
        return read(csv, options);
    }

    private static List<Row> readXlsx(byte[] xlsx) {
        return read(xlsx, ReadOptions.plain());
    }

    private static List<Row> read(byte[] bytes, ReadOptions options) {
        List<Row> rows = new ArrayList<>();
        try (RowSource source = Tables.open(new ByteArrayInputStream(bytes), options)) {
            source.forEachRemaining(rows::add);
        }
        return rows;
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
