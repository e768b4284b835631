package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.exchange.ExchangeFiles.libhxl;
import static org.homeward.exchange.ExchangeFiles.refusal;
import static org.homeward.exchange.ExchangeFiles.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad file is refused with its own code, naming the row and column, and the reader stops there:
 * rows before the problem are the only ones handed out, and {@link Tables#check} reports the problem before any.
 */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefused() {
        refusal(ProblemCode.EMPTY_FILE, () -> Tables.open(write(dir, "empty.csv", ""), ReadOptions.plain()));
        refusal(ProblemCode.EMPTY_FILE, () -> Tables.open(write(dir, "blank.csv", "\n\r\n,,,\n"), ReadOptions.plain()));
        refusal(
                ProblemCode.EMPTY_FILE,
                () -> Tables.open(
                        write(dir, "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), ReadOptions.hxl()));
        refusal(ProblemCode.EMPTY_FILE, () -> Tables.open(write(dir, "empty.json", "[]"), ReadOptions.hxl()));
    }

    @Test
    void aHeaderWithoutDataIsRefusedNamingTheHeaderRow() {
        var problem = refusal(
                ProblemCode.NO_DATA_ROWS,
                () -> Tables.open(write(dir, "header.csv", "\nname,adm1\n\n"), ReadOptions.plain()));
        assertThat(problem.row()).isEqualTo(2);
        refusal(
                ProblemCode.NO_DATA_ROWS,
                () -> Tables.open(write(dir, "tags.csv", "Name,P-code\n#name,#adm1+code\n"), ReadOptions.hxl()));
    }

    @Test
    void aFileCutInsideAQuotedFieldIsRefusedAsTruncated() {
        var file = write(dir, "cut.csv", "name,note\nA,done\nB,\"started but never\nfinished");
        var problem = refusal(ProblemCode.TRUNCATED, () -> Tables.check(file, ReadOptions.plain()));
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.message()).contains("row 3").contains("truncated");
        try (RowSource source = Tables.open(file, ReadOptions.plain())) {
            assertThat(source.next().cells()).containsExactly("A", "done");
            assertThatThrownBy(source::next).isInstanceOf(FileProblemException.class);
        }
    }

    @Test
    void aFileCutInsideAMultiByteCharacterIsRefused() {
        byte[] bytes = "name\nمحمد\n".getBytes(StandardCharsets.UTF_8);
        var file = write(dir, "cut-utf8.csv", Arrays.copyOf(bytes, bytes.length - 2));
        var problem = refusal(ProblemCode.NOT_UTF8, () -> Tables.check(file, ReadOptions.plain()));
        assertThat(problem.message())
                .contains("byte offset " + (bytes.length - 3))
                .contains("row 2");
    }

    @Test
    void aBadByteFarIntoTheFileIsReportedWithItsOffsetAndRow() throws IOException {
        var text = new StringBuilder("id,name\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append(i).append(",\"Name ").append(i).append("\nsecond line\"\n");
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = CsvReadingTest.concat(head, new byte[] {'x', ',', (byte) 0xFF, '\n'});
        var file = write(dir, "late-bad-byte.csv", bytes);
        var problem = refusal(ProblemCode.NOT_UTF8, () -> Tables.check(file, ReadOptions.plain()));
        assertThat(problem.message()).contains(String.format("byte 0xFF at byte offset %,d", head.length + 2));
        assertThat(problem.row()).isEqualTo(20_002);
        assertThat(Files.size(file)).isGreaterThan(64 * 1024); // beyond the sniffed sample
    }

    @Test
    void aBadByteFarIntoJsonIsReportedWithItsLine() {
        var text = new StringBuilder("[[\"#adm1+code\"]");
        for (int i = 0; i < 10_000; i++) {
            text.append(",\n[\"SY02\"]");
        }
        byte[] head = text.append(",\n[\"SY0").toString().getBytes(StandardCharsets.UTF_8);
        var file = write(dir, "late.json", CsvReadingTest.concat(head, new byte[] {(byte) 0xFF, '"', ']', ']'}));
        var problem = refusal(ProblemCode.NOT_UTF8, () -> Tables.check(file, ReadOptions.hxl()));
        assertThat(problem.message())
                .contains(String.format("byte offset %,d cannot be read (line 10002)", head.length));
    }

    @Test
    void duplicateColumnNamesAreRefusedNamingBoth() {
        var problem = refusal(
                ProblemCode.DUPLICATE_HEADER,
                () -> Tables.open(write(dir, "dup.csv", "name,age,Name \nA,3,B\n"), ReadOptions.plain()));
        assertThat(problem.message())
                .isEqualTo(
                        "E1009 duplicate column name 'Name' in column 3, row 1; expected each name once; column 1 has the same name");
    }

    @Test
    void missingRequiredColumnsAreAllNamed() {
        var file = write(dir, "missing.csv", "name,age\nA,3\n");
        var problem = refusal(
                ProblemCode.MISSING_HEADER,
                () -> Tables.open(file, ReadOptions.plain().withRequired("name", "adm1", "household_id")));
        assertThat(problem.message())
                .startsWith("E1010 missing required columns 'adm1', 'household_id' in the header in row 1");
        var tagged = write(dir, "missing.hxl", "Name\n#name\nA\n");
        var hxl = refusal(
                ProblemCode.MISSING_HEADER,
                () -> Tables.open(tagged, ReadOptions.hxl().withRequired("#adm1+code")));
        assertThat(hxl.message()).contains("'#adm1+code'");
    }

    @Test
    void aFieldOverOneMebibyteIsRefusedWithoutQuotingIt() {
        String big = "x".repeat((1 << 20) + 1);
        var file = write(dir, "big-field.csv", "name,note\nA,ok\nB," + big + "\n");
        var problem = refusal(ProblemCode.FIELD_TOO_LONG, () -> Tables.check(file, ReadOptions.plain()));
        assertThat(problem.message())
                .isEqualTo(
                        "E1007 field of 1,048,577 characters in column 2, row 3; expected at most 1,048,576 characters");
        var exactly = write(dir, "limit-field.csv", "name,note\nB," + "x".repeat(1 << 20) + "\n");
        assertThat(Tables.check(exactly, ReadOptions.plain()).dataRows()).isEqualTo(1);
        var small = ReadOptions.plain().withLimits(Limits.DEFAULTS.withMaxFieldChars(10));
        refusal(ProblemCode.FIELD_TOO_LONG, () -> Tables.check(write(dir, "small.csv", "a\n12345678901\n"), small));
    }

    @Test
    void aMillionColumnsFailQuicklyWithoutReadingThemAll() {
        var stream = new MillionColumns();
        var problem = refusal(ProblemCode.TOO_MANY_COLUMNS, () -> Tables.open(stream, ReadOptions.plain()));
        assertThat(problem.row()).isEqualTo(1);
        assertThat(problem.message()).contains("more than 10,000 columns");
        assertThat(stream.served).isLessThan(512 * 1024).isLessThan(MillionColumns.SIZE);
    }

    @Test
    void aRecordThatNeverEndsIsRefused() {
        var stream = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ == 0 ? '"' : 'x';
            }
        };
        var problem = refusal(ProblemCode.RECORD_TOO_LONG, () -> Tables.open(stream, ReadOptions.plain()));
        assertThat(problem.message()).contains("row 1").contains("never be closed");
    }

    @Test
    void aValueRightOfTheLastColumnIsRefused() {
        var file = write(dir, "shifted.csv", "name,adm1\nA,SY02\nAl-Ahmad, Mohammad,SY07\n");
        var problem = refusal(ProblemCode.CELL_OUTSIDE_HEADER, () -> Tables.check(file, ReadOptions.plain()));
        assertThat(problem.message())
                .isEqualTo(
                        "E1012 value right of the last named column in column 3, row 3; expected 2 columns as in the header; a separator inside a value must be quoted");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        var problem = refusal(
                ProblemCode.MALFORMED_CSV,
                () -> Tables.check(write(dir, "quote.csv", "a,b\n\"x\"y,z\n"), ReadOptions.plain()));
        assertThat(problem.row()).isEqualTo(2);
    }

    @Test
    void binaryFilesNamedCsvAreNotTables() throws IOException {
        var png = Files.copy(libhxl("test_io/input-invalid.png"), dir.resolve("photo.csv"));
        assertThat(refusal(ProblemCode.NOT_A_TABLE, () -> Tables.open(png, ReadOptions.plain()))
                        .message())
                .contains("PNG image");
        assertThat(refusal(
                                ProblemCode.NOT_A_TABLE,
                                () -> Tables.open(write(dir, "doc.csv", "%PDF-1.7\n%âãÏÓ\n"), ReadOptions.plain()))
                        .message())
                .contains("PDF");
        assertThat(refusal(
                                ProblemCode.NOT_A_TABLE,
                                () -> Tables.open(
                                        write(dir, "prog.csv", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}),
                                        ReadOptions.plain()))
                        .message())
                .contains("ELF");
        byte[] noise = new byte[100_000];
        new Random(42).nextBytes(noise);
        assertThat(refusal(
                                ProblemCode.NOT_A_TABLE,
                                () -> Tables.open(write(dir, "noise.csv", noise), ReadOptions.plain()))
                        .message())
                .contains("binary data");
        byte[] utf16WithoutBom = "name,adm1\nA,SY02\n".getBytes(StandardCharsets.UTF_16LE);
        refusal(
                ProblemCode.NOT_A_TABLE,
                () -> Tables.open(write(dir, "utf16.csv", utf16WithoutBom), ReadOptions.plain()));
    }

    @Test
    void legacyExcelIsRefusedWithAdvice() {
        var problem = refusal(
                ProblemCode.UNSUPPORTED_FORMAT,
                () -> Tables.open(libhxl("test_io/input-valid.xls"), ReadOptions.hxl()));
        assertThat(problem.message()).contains("save", "xlsx");
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() {
        var truncated = refusal(
                ProblemCode.TRUNCATED,
                () -> Tables.check(write(dir, "cut.json", "[[\"#adm1\"],\n[\"SY02\"],\n[\"SY0"), ReadOptions.hxl()));
        assertThat(truncated.message()).contains("line 3");
        var malformed = refusal(
                ProblemCode.MALFORMED_JSON,
                () -> Tables.check(write(dir, "bad.json", "[[\"#adm1\"],\n[\"SY02\" \"SY03\"]]"), ReadOptions.hxl()));
        assertThat(malformed.message()).contains("line 2").doesNotContain("SY03");
        refusal(
                ProblemCode.MALFORMED_JSON,
                () -> Tables.check(
                        write(dir, "nested.json", "[{\"#adm1\": {\"code\": \"SY02\"}}]"), ReadOptions.hxl()));
        refusal(
                ProblemCode.MALFORMED_JSON,
                () -> Tables.check(write(dir, "scalar.json", "[\"#adm1\", \"SY02\"]"), ReadOptions.hxl()));
        byte[] badByte = "[[\"#adm1\"],\n[\"SY0?\"]]".getBytes(StandardCharsets.UTF_8);
        badByte[17] = (byte) 0xC0;
        var encoding = refusal(
                ProblemCode.NOT_UTF8, () -> Tables.check(write(dir, "bad-byte.json", badByte), ReadOptions.hxl()));
        assertThat(encoding.message()).contains("byte 0xC0 at byte offset 17");
    }

    @Test
    void anInvalidHashtagInTheHashtagRowIsRefused() {
        var problem = refusal(
                ProblemCode.INVALID_HASHTAG,
                () -> Tables.open(
                        write(dir, "bad-tag.csv", "a,b,c\n#adm1+code,#affected+,#org\nSY02,3,X\n"), ReadOptions.hxl()));
        assertThat(problem.message())
                .isEqualTo(
                        "E1022 invalid HXL hashtag '#affected+' in column 2, row 2; expected #tag+attribute, each a letter followed by letters, digits or _");
    }

    @Test
    void rowsBeforeAProblemAreTheOnlyOnesHandedOut() {
        var file = write(dir, "late.csv", "name,age\nA,1\nB,2\nC,3,extra\nD,4\n");
        var seen = new ArrayList<Long>();
        try (RowSource source = Tables.open(file, ReadOptions.plain())) {
            assertThatThrownBy(() -> source.forEachRemaining(row -> seen.add(row.number())))
                    .isInstanceOf(FileProblemException.class)
                    .hasMessageContaining("row 4");
        }
        assertThat(seen).containsExactly(2L, 3L);
    }

    /** "c,c,c,..." for a million columns, generated as it is read; counts what the reader asked for. */
    static final class MillionColumns extends InputStream {

        static final long SIZE = 2_000_000;
        long served;

        @Override
        public int read() {
            if (served >= SIZE) {
                return -1;
            }
            return served++ % 2 == 0 ? 'c' : (served == SIZE ? '\n' : ',');
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }
}
