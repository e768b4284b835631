package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.exchange.ExchangeFiles.cells;
import static org.homeward.exchange.ExchangeFiles.refusal;
import static org.homeward.exchange.ExchangeFiles.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading CSV as partners send it: any separator, BOMs, Arabic code pages, both scripts, spreadsheet row numbers. */
class CsvReadingTest {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final List<List<String>> FAMILY = List.of(
            List.of("محمد الأحمد", "Mohammad Al-Ahmad", "SY02", "a, b; c|d"), List.of("فاطمة", "Fatima", "SY07", ""));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void theSeparatorIsDetectedAndQuotedSeparatorsStayInValues(String separator) {
        String text = String.join(separator, "name_ar", "name_en", "adm1", "note") + "\r\n"
                + String.join(separator, "محمد الأحمد", "Mohammad Al-Ahmad", "SY02", "\"a, b; c|d\"") + "\r\n"
                + String.join(separator, "فاطمة", "Fatima", "SY07", "") + "\r\n";
        var file = write(dir, "family.csv", text);
        try (RowSource source = Tables.open(file, ReadOptions.plain())) {
            assertThat(source.description().delimiter()).isEqualTo(separator.charAt(0));
            assertThat(source.header().names()).containsExactly("name_ar", "name_en", "adm1", "note");
            assertThat(source.stream().map(Row::cells)).containsExactlyElementsOf(FAMILY);
        }
    }

    @Test
    void commasInsideQuotesDoNotMakeItACommaFile() {
        var file = write(dir, "notes.csv", "id;note\n1;\"one, two, three\"\n2;\"four, five\"\n");
        assertThat(cells(file, ReadOptions.plain()))
                .containsExactly(List.of("1", "one, two, three"), List.of("2", "four, five"));
    }

    @Test
    void aChosenSeparatorWins() {
        var file = write(dir, "one-column.csv", "name\nAl-Ahmad, Mohammad\n");
        assertThat(cells(file, ReadOptions.plain().withDelimiter('\t'))).containsExactly(List.of("Al-Ahmad, Mohammad"));
    }

    @Test
    void utf8WithAndWithoutBomReadTheSame() {
        byte[] body = "name_ar,name_en\nمحمد,Mohammad\n".getBytes(StandardCharsets.UTF_8);
        var withBom = write(dir, "bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
        var without = write(dir, "plain.csv", body);
        try (RowSource source = Tables.open(withBom, ReadOptions.plain())) {
            assertThat(source.header().names()).containsExactly("name_ar", "name_en");
        }
        assertThat(cells(withBom, ReadOptions.plain())).isEqualTo(cells(without, ReadOptions.plain()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithBomReads(String encoding) {
        Charset charset = Charset.forName(encoding);
        byte[] bom =
                encoding.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        var file = write(dir, "utf16.csv", concat(bom, "name_ar\tname_en\nمحمد\tMohammad\n".getBytes(charset)));
        try (RowSource source = Tables.open(file, ReadOptions.plain())) {
            assertThat(source.description().encoding()).isEqualTo(charset);
            assertThat(source.next().cells()).containsExactly("محمد", "Mohammad");
        }
    }

    @Test
    void arabicSavedByExcelAsWindows1256IsRecognised() {
        var file = write(dir, "excel-arabic.csv", arabicTable().getBytes(WINDOWS_1256));
        try (RowSource source = Tables.open(file, ReadOptions.plain())) {
            assertThat(source.description().encoding()).isEqualTo(WINDOWS_1256);
            assertThat(source.header().names()).containsExactly("الاسم", "المحافظة", "العدد");
            assertThat(source.next().cells()).containsExactly("محمد الأحمد", "حلب", "5");
        }
    }

    @Test
    void windows1256CanBeChosen() {
        var file = write(dir, "short-arabic.csv", "name,adm1\nعلي,SY02\n".getBytes(WINDOWS_1256));
        // Too little Arabic for the detector to be sure: refused unless the user chooses the code page.
        refusal(ProblemCode.NOT_UTF8, () -> Tables.open(file, ReadOptions.plain()));
        assertThat(cells(file, ReadOptions.plain().withEncoding(WINDOWS_1256))).containsExactly(List.of("علي", "SY02"));
    }

    @Test
    void choosingWindows1256ForAUtf8FileIsRefused() {
        var file = write(dir, "utf8-arabic.csv", arabicTable());
        var problem = refusal(
                ProblemCode.ENCODING_CONFLICT,
                () -> Tables.open(file, ReadOptions.plain().withEncoding(WINDOWS_1256)));
        assertThat(problem.message()).contains("valid UTF-8");
    }

    @Test
    void accentedLatinInAWesternCodePageIsNotMistakenForArabic() {
        String french = "nom,ville\nRéfugié,Genève\nÉlodie,Orléans\nFrançois,Besançon\nHélène,Nîmes\nJérôme,Créteil\n";
        var file = write(dir, "latin1.csv", french.getBytes(StandardCharsets.ISO_8859_1));
        var problem = refusal(ProblemCode.NOT_UTF8, () -> Tables.open(file, ReadOptions.plain()));
        assertThat(problem.message()).contains("choose encoding windows-1256");
    }

    @Test
    void bothScriptsAndInvisibleMarksArePreservedExactly() {
        String mixed = " Ahmad أحمد\u200F ";
        String combining = "مُحَمَّد";
        String nbsp = "Al\u00A0Hasan";
        var file = write(dir, "mixed.csv", "name,other,third\n\"" + mixed + "\"," + combining + "," + nbsp + "\n");
        assertThat(cells(file, ReadOptions.plain())).containsExactly(List.of(mixed, combining, nbsp));
    }

    @Test
    void rowNumbersAreThoseASpreadsheetShows() {
        String text = "name,note\r\n\r\nA,\"two\r\nlines\"\r\nB,x\rC,y\n\nD,z";
        try (RowSource source = Tables.open(write(dir, "rows.csv", text), ReadOptions.plain())) {
            assertThat(source.stream()).extracting(Row::number).containsExactly(3L, 4L, 5L, 7L);
        }
    }

    @Test
    void shortRowsAreFilledAndEmptyTrailingCellsIgnored() {
        var file = write(dir, "ragged.csv", "a,b,c\n1\n2,3,4,,\n");
        assertThat(cells(file, ReadOptions.plain())).containsExactly(List.of("1", "", ""), List.of("2", "3", "4"));
    }

    @Test
    void requiredColumnsMatchIgnoringCaseAndSpaces() {
        var file = write(dir, "required.csv", " Household_ID ,Head name\n1,X\n");
        try (RowSource source = Tables.open(file, ReadOptions.plain().withRequired("household_id", "head name"))) {
            assertThat(source.header().named("HOUSEHOLD_ID")).isPresent();
        }
    }

    @Test
    void csvIsStreamedFromAnInputStream() {
        var in = new ByteArrayInputStream("name;adm1\nفاطمة;SY07\n".getBytes(StandardCharsets.UTF_8));
        try (RowSource source = Tables.open(in, ReadOptions.plain())) {
            assertThat(source.next().cells()).containsExactly("فاطمة", "SY07");
        }
    }

    @Test
    void jsonFromAnInputStreamIsReadThroughATemporaryCopy() {
        var in = new ByteArrayInputStream(
                "[{\"#adm1+code\": \"SY02\", \"#affected\": 7}]".getBytes(StandardCharsets.UTF_8));
        try (RowSource source = Tables.open(in, ReadOptions.hxl())) {
            assertThat(source.description().format()).isEqualTo(TableFormat.JSON);
            assertThat(source.next().cells()).containsExactly("SY02", "7");
        }
    }

    @Test
    void checkReadsEverythingAndSaysWhatItFound() {
        var file = write(dir, "summary.csv", "a;b\n1;2\n\n3;4\n");
        TableSummary summary = Tables.check(file, ReadOptions.plain());
        assertThat(summary.dataRows()).isEqualTo(2);
        assertThat(summary.lastRow()).isEqualTo(4);
        assertThat(summary.description()).isEqualTo(TableDescription.csv(StandardCharsets.UTF_8, ';'));
    }

    static String arabicTable() {
        return "الاسم,المحافظة,العدد\nمحمد الأحمد,حلب,5\nفاطمة الزهراء,دمشق,3\nعلي حسن,حمص,4\n";
    }

    static byte[] concat(byte[] first, byte[] second) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
