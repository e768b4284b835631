package org.homeward.exchange.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.homeward.exchange.ExportColumn;
import org.homeward.exchange.ExportWriter;

/**
 * CSV as RFC 4180 describes it (comma, CRLF, quotes where needed), UTF-8, optionally with a byte-order mark; for
 * HXL a second header row holds the hashtags. Text that would run as a formula gets a leading apostrophe.
 */
public final class CsvExportWriter implements ExportWriter {

    private static final int BUFFER = 64 * 1024;

    private final List<ExportColumn> columns;
    private final Writer text;
    private final CsvWriter csv;
    private final String[] record;
    private long rows;

    public CsvExportWriter(List<ExportColumn> columns, OutputStream out, boolean bom, boolean hxl) {
        this.columns = List.copyOf(columns);
        this.text = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        this.csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF)
                .bufferSize(BUFFER)
                .build(text);
        this.record = new String[this.columns.size()];
        try {
            if (bom) {
                text.write('\uFEFF');
            }
            csv.writeRecord(this.columns.stream().map(ExportColumn::name).toList());
            if (hxl) {
                List<String> tags = new ArrayList<>();
                for (ExportColumn column : this.columns) {
                    tags.add(column.hxl() == null ? "" : column.hxl());
                }
                csv.writeRecord(tags);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<?> values) {
        Cells.requireWidth(columns, values);
        for (int i = 0; i < record.length; i++) {
            Object value = values.get(i);
            String cell = Cells.text(value);
            record[i] = Cells.isNumber(value) ? cell : Cells.neutralised(cell);
        }
        csv.writeRecord(record);
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    /** Flushes everything; the caller's stream stays open (closing the CSV writer only closes the shield). */
    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
