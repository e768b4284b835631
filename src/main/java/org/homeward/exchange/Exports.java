package org.homeward.exchange;

import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.exchange.export.CsvExportWriter;
import org.homeward.exchange.export.JsonExportWriter;
import org.homeward.exchange.export.XlsxExportWriter;

/**
 * Writes any table as CSV, HXL-tagged CSV, XLSX or JSON, streamed in constant memory.
 *
 * <p>Formula neutralisation: text beginning with {@code = + - @}, a tab or a carriage return would be run as a
 * formula by a spreadsheet that opens the file (CSV injection). In CSV and HXL such text is written with a leading
 * apostrophe, which spreadsheets show as text; a plain number ({@code -12}, {@code -3.5}) is left as it is. In XLSX
 * every text is an inline string cell, which no spreadsheet evaluates, so text is written unchanged; numbers are
 * numeric cells. JSON is not opened by spreadsheets and is written unchanged.
 *
 * <p>See {@code /work/helpers/exports-api.md} (copied to docs/exports.md) for how a module serves a view with it.
 */
public final class Exports {

    private Exports() {}

    /** Opens a writer; the header row(s) are written at once. */
    public static ExportWriter open(ExportFormat format, List<ExportColumn> columns, OutputStream out) {
        return open(format, columns, out, false);
    }

    /**
     * @param bom for CSV and HXL: start with a UTF-8 byte-order mark, which Excel needs to read Arabic text right
     */
    public static ExportWriter open(ExportFormat format, List<ExportColumn> columns, OutputStream out, boolean bom) {
        return switch (format) {
            case CSV -> new CsvExportWriter(columns, out, bom, false);
            case HXL -> new CsvExportWriter(columns, out, bom, true);
            case XLSX -> new XlsxExportWriter(columns, out);
            case JSON -> new JsonExportWriter(columns, out);
        };
    }

    /** Writes every row of {@code rows} (consumed lazily, never collected) and finishes the file. */
    public static long write(
            ExportFormat format, List<ExportColumn> columns, Stream<? extends List<?>> rows, OutputStream out) {
        try (ExportWriter writer = open(format, columns, out)) {
            rows.forEach(writer::row);
            return writer.rows();
        }
    }
}
