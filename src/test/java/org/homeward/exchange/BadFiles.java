package org.homeward.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile files for tests outside this package (the import pipeline's): built here, beside the readers' own. */
public final class BadFiles {

    private BadFiles() {}

    /** An XLSX of under 100 kB whose one sheet expands to 20 MB of zeros, about a thousand to one. */
    public static Path zipBomb(Path file) {
        var parts = Workbooks.parts(Map.of("s", ""), "", "<xf numFmtId=\"0\"/>");
        try (OutputStream out = Files.newOutputStream(file);
                var zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A PNG image from the HXL reference library's tests. */
    public static Path png() {
        return ExchangeFiles.libhxl("test_io/input-invalid.png");
    }

    /** One header row of a million columns ("c,c,c,..."), about 2 MB. */
    public static byte[] millionColumns() {
        try {
            return new BadInputTest.MillionColumns().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
