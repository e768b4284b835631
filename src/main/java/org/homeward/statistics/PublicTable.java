package org.homeward.statistics;

import java.util.List;
import java.util.stream.Stream;

/**
 * A table safe to publish: each cell and total either shows its exact count or is suppressed. Totals that are
 * shown are the true totals of the whole table, suppressed cells included.
 */
public record PublicTable(
        List<String> rowKeys,
        List<String> columnKeys,
        List<List<Cell>> cells,
        List<Cell> rowTotals,
        List<Cell> columnTotals,
        Cell grandTotal) {

    public PublicTable {
        rowKeys = List.copyOf(rowKeys);
        columnKeys = List.copyOf(columnKeys);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    public Cell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** True when at least one cell or total is suppressed. */
    public boolean anySuppressed() {
        return Stream.concat(
                        Stream.concat(cells.stream().flatMap(List::stream), rowTotals.stream()),
                        Stream.concat(columnTotals.stream(), Stream.of(grandTotal)))
                .anyMatch(Cell::suppressed);
    }

    /**
     * A published cell: its count, or nothing when suppressed. Every suppressed cell looks the same, whether it
     * holds 1-4 or was suppressed to protect another (see docs/disclosure-control.md).
     */
    public record Cell(Long value) {

        /** How a suppressed cell is shown, in the API and on pages. */
        public static final String SUPPRESSED = "<5";

        public static Cell shown(long value) {
            return new Cell(value);
        }

        public static Cell suppressedCell() {
            return new Cell(null);
        }

        public boolean suppressed() {
            return value == null;
        }

        /** The count as a JSON number, or the string {@value #SUPPRESSED}. */
        public Object display() {
            return value == null ? SUPPRESSED : value;
        }
    }
}
