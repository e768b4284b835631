package org.homeward.exchange.internal;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;
import java.util.List;
import org.homeward.exchange.Row;

/**
 * Receives fields from FastCSV and enforces the column and field limits as each field arrives, so a line of a
 * million columns fails at column 10,001 without allocating the rest. Rows are numbered by record, counting blank
 * lines, as a spreadsheet numbers them (a quoted line break does not start a row).
 */
final class CellHandler extends CsvCallbackHandler<Row> {

    private final int maxColumns;
    private final int maxFieldChars;
    private String[] fields = new String[32];
    private int count;
    private RecordType type = RecordType.DATA;
    private long row;

    CellHandler(int maxColumns, int maxFieldChars) {
        this.maxColumns = maxColumns;
        this.maxFieldChars = maxFieldChars;
    }

    /** The row being read, or the last row read. */
    long row() {
        return row;
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        row++;
        count = 0;
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean quoted) {
        if (count == maxColumns) {
            throw Problems.tooManyColumns(row, maxColumns);
        }
        if (length > maxFieldChars) {
            throw Problems.fieldTooLong(row, count + 1, length, maxFieldChars);
        }
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, Math.min(count * 2, maxColumns));
        }
        fields[count++] = length == 0 ? "" : new String(buffer, offset, length);
    }

    @Override
    protected void setComment(char[] buffer, int offset, int length) {
        type = RecordType.COMMENT; // comments are not enabled; kept for the contract
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
    }

    @Override
    protected Row buildRecord() {
        if (type == RecordType.EMPTY || count == 0) {
            return new Row(row, List.of());
        }
        return new Row(row, List.of(Arrays.copyOf(fields, count)));
    }
}
