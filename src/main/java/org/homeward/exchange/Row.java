package org.homeward.exchange;

import java.util.List;

/**
 * One row of a table: its number as a spreadsheet shows it (1 = first line of a CSV file, the row number of an
 * XLSX sheet, the position in a JSON array), and its cells. Rows from a {@link RowSource} have exactly one cell per
 * column of the header, empty strings for missing values; values are exactly as in the file (not trimmed).
 */
public record Row(long number, List<String> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based position, or "" past the end of a short row. */
    public String cell(int position) {
        return position < cells.size() ? cells.get(position) : "";
    }

    public int size() {
        return cells.size();
    }

    /** True when every cell is empty (such rows are skipped, but still counted in row numbers). */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
