package org.homeward.exchange;

import java.nio.charset.Charset;

/**
 * What the reader found out about a file: its format, and for text the encoding and delimiter it used (so that an
 * import report can say "read as windows-1256, separated by ';'"), for XLSX the sheet.
 */
public record TableDescription(TableFormat format, Charset encoding, Character delimiter, String sheet) {

    public static TableDescription csv(Charset encoding, char delimiter) {
        return new TableDescription(TableFormat.CSV, encoding, delimiter, null);
    }

    public static TableDescription json(Charset encoding) {
        return new TableDescription(TableFormat.JSON, encoding, null, null);
    }

    public static TableDescription xlsx(String sheet) {
        return new TableDescription(TableFormat.XLSX, null, null, sheet);
    }
}
