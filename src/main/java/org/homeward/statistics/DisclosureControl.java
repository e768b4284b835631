package org.homeward.statistics;

import java.util.ArrayList;
import java.util.List;
import org.homeward.statistics.PublicTable.Cell;
import org.homeward.statistics.internal.CellSuppression;
import org.homeward.statistics.internal.TableCells;

/**
 * Makes a table of counts safe to publish: counts of 1 to 4, in cells and totals alike, are suppressed
 * (primary suppression), and further cells with the smallest counts are suppressed until no suppressed count
 * can be worked out, or shown to be under 5, from the published cells and totals (complementary suppression,
 * checked by computing each suppressed cell's feasible range). Zeros are shown. See docs/disclosure-control.md.
 */
public final class DisclosureControl {

    /** The rule, as public answers state it. */
    public static final String RULE = "counts 1-4 shown as <5; complementary suppression";

    private DisclosureControl() {}

    public static PublicTable suppress(Table table) {
        TableCells layout = TableCells.of(table);
        boolean[] suppressed = CellSuppression.suppress(layout);
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                row.add(cell(layout, suppressed, layout.interior(r, c)));
            }
            cells.add(row);
        }
        List<Cell> rowTotals = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            rowTotals.add(cell(layout, suppressed, layout.rowTotal(r)));
        }
        List<Cell> columnTotals = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            columnTotals.add(cell(layout, suppressed, layout.columnTotal(c)));
        }
        return new PublicTable(
                table.rowKeys(),
                table.columnKeys(),
                cells,
                rowTotals,
                columnTotals,
                cell(layout, suppressed, layout.grandTotal()));
    }

    private static Cell cell(TableCells layout, boolean[] suppressed, int index) {
        return suppressed[index] ? Cell.suppressedCell() : Cell.shown(layout.value(index));
    }
}
