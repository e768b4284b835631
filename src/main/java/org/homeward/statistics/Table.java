package org.homeward.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * A two-way table of counts (rows such as governorates, columns such as refugee and IDP returns) whose row,
 * column and grand totals are the sums of its cells. Immutable.
 */
public final class Table {

    private final List<String> rowKeys;
    private final List<String> columnKeys;
    private final long[][] cells;

    /** Refuses a ragged or empty table and negative counts. */
    public Table(List<String> rowKeys, List<String> columnKeys, long[][] cells) {
        this.rowKeys = List.copyOf(rowKeys);
        this.columnKeys = List.copyOf(columnKeys);
        if (this.rowKeys.isEmpty() || this.columnKeys.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one row and one column");
        }
        if (cells.length != this.rowKeys.size()) {
            throw new IllegalArgumentException("expected " + this.rowKeys.size() + " rows, got " + cells.length);
        }
        this.cells = new long[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            if (cells[r].length != this.columnKeys.size()) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + cells[r].length + " cells, expected " + this.columnKeys.size());
            }
            for (long value : cells[r]) {
                if (value < 0) {
                    throw new IllegalArgumentException("counts cannot be negative");
                }
            }
            this.cells[r] = cells[r].clone();
        }
    }

    public List<String> rowKeys() {
        return rowKeys;
    }

    public List<String> columnKeys() {
        return columnKeys;
    }

    public int rows() {
        return rowKeys.size();
    }

    public int columns() {
        return columnKeys.size();
    }

    public long cell(int row, int column) {
        return cells[row][column];
    }

    public long rowTotal(int row) {
        return Arrays.stream(cells[row]).sum();
    }

    public long columnTotal(int column) {
        long total = 0;
        for (long[] row : cells) {
            total += row[column];
        }
        return total;
    }

    public long grandTotal() {
        return Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
    }
}
