package org.homeward.statistics;

import java.util.List;
import java.util.stream.Stream;

/**
 * A table safe to publish: each cell and total either shows its exact count or is suppressed, marked "&lt;5"
 * (a count of 1 to 4) or "x" (a count of 5 or more withheld to protect one). Totals that are shown are the true
 * totals of the whole table, suppressed cells included.
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
     * A published cell: its count, or a marker when suppressed. A count of 1 to 4 is marked {@value #SMALL}; a
     * larger count withheld only to protect a small one is marked {@value #WITHHELD}, never "&lt;5", which would
     * be false for it (see docs/disclosure-control.md).
     */
    public record Cell(Long value, String marker) {

        /** Marks a count from 1 to 4 (primary suppression). */
        public static final String SMALL = "<5";

        /** Marks a count of 5 or more withheld so that small counts cannot be worked out (complementary). */
        public static final String WITHHELD = "x";

        public Cell {
            if ((value == null) == (marker == null)) {
                throw new IllegalArgumentException("a cell has either a count or a marker");
            }
            if (marker != null && !marker.equals(SMALL) && !marker.equals(WITHHELD)) {
                throw new IllegalArgumentException("unknown marker " + marker);
            }
        }

        public static Cell shown(long value) {
            return new Cell(value, null);
        }

        /** A suppressed count of 1 to 4. */
        public static Cell small() {
            return new Cell(null, SMALL);
        }

        /** A suppressed count of 5 or more, withheld to protect a small one. */
        public static Cell withheld() {
            return new Cell(null, WITHHELD);
        }

        public boolean suppressed() {
            return value == null;
        }

        /** True for a count published as {@value #SMALL}. */
        public boolean isSmall() {
            return SMALL.equals(marker);
        }

        /** The count as a JSON number, or its marker as a string. */
        public Object display() {
            return value == null ? marker : value;
        }
    }
}
