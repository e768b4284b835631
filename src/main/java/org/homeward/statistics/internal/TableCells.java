package org.homeward.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import org.homeward.statistics.Table;

/**
 * A two-way table with its margins as one list of cells, in this order: the interior cells row by row, the row
 * totals, the column totals, the grand total. The same table is also a circulation in a network (source, one
 * node per row, one per column, sink): each cell is the flow on one arc, and "a total is the sum of its parts"
 * is conservation of flow at a node. {@link FeasibleRanges} works on that view.
 *
 * <pre>
 *   source --row total r--> row r --cell (r,c)--> column c --column total c--> sink --grand total--> source
 * </pre>
 *
 * Public only because {@code DisclosureControl} in the module's root uses it.
 */
public final class TableCells {

    private final int rows;
    private final int columns;
    private final long[] values;

    private TableCells(int rows, int columns, long[] values) {
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    public static TableCells of(Table table) {
        int rows = table.rows();
        int columns = table.columns();
        long[] values = new long[rows * columns + rows + columns + 1];
        TableCells cells = new TableCells(rows, columns, values);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[cells.interior(r, c)] = table.cell(r, c);
            }
            values[cells.rowTotal(r)] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            values[cells.columnTotal(c)] = table.columnTotal(c);
        }
        values[cells.grandTotal()] = table.grandTotal();
        return cells;
    }

    public int size() {
        return values.length;
    }

    public long value(int cell) {
        return values[cell];
    }

    public int interior(int row, int column) {
        return row * columns + column;
    }

    public int rowTotal(int row) {
        return rows * columns + row;
    }

    public int columnTotal(int column) {
        return rows * columns + rows + column;
    }

    public int grandTotal() {
        return rows * columns + rows + columns;
    }

    boolean isInterior(int cell) {
        return cell < rows * columns;
    }

    /** The equations "total = sum of parts" as lists of cells, the total first. */
    List<List<Integer>> equations() {
        List<List<Integer>> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Integer> equation = new ArrayList<>(List.of(rowTotal(r)));
            for (int c = 0; c < columns; c++) {
                equation.add(interior(r, c));
            }
            equations.add(equation);
        }
        for (int c = 0; c < columns; c++) {
            List<Integer> equation = new ArrayList<>(List.of(columnTotal(c)));
            for (int r = 0; r < rows; r++) {
                equation.add(interior(r, c));
            }
            equations.add(equation);
        }
        List<Integer> byRows = new ArrayList<>(List.of(grandTotal()));
        List<Integer> byColumns = new ArrayList<>(List.of(grandTotal()));
        for (int r = 0; r < rows; r++) {
            byRows.add(rowTotal(r));
        }
        for (int c = 0; c < columns; c++) {
            byColumns.add(columnTotal(c));
        }
        equations.add(byRows);
        equations.add(byColumns);
        return equations;
    }

    // The network view.

    int nodes() {
        return rows + columns + 2;
    }

    private int source() {
        return 0;
    }

    private int rowNode(int row) {
        return 1 + row;
    }

    private int columnNode(int column) {
        return 1 + rows + column;
    }

    private int sink() {
        return 1 + rows + columns;
    }

    /** The node the cell's arc leaves. */
    int tail(int cell) {
        if (cell < rows * columns) {
            return rowNode(cell / columns);
        }
        if (cell < rows * columns + rows) {
            return source();
        }
        if (cell < grandTotal()) {
            return columnNode(cell - rows * columns - rows);
        }
        return sink();
    }

    /** The node the cell's arc enters. */
    int head(int cell) {
        if (cell < rows * columns) {
            return columnNode(cell % columns);
        }
        if (cell < rows * columns + rows) {
            return rowNode(cell - rows * columns);
        }
        if (cell < grandTotal()) {
            return sink();
        }
        return source();
    }
}
