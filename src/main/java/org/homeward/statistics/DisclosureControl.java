package org.homeward.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.statistics.PublicTable.Cell;
import org.homeward.statistics.internal.CellSuppression;
import org.homeward.statistics.internal.TableCells;

/**
 * Makes a table of counts safe to publish: counts of 1 to 4, in cells and totals alike, are suppressed and
 * marked "&lt;5" (primary suppression); further cells with the smallest counts, never zeros, are suppressed and
 * marked "x" until no suppressed count can be worked out exactly from the published cells, totals and what the
 * markers say ("&lt;5" is 1-4, "x" is 5 or more) — complementary suppression, checked by computing each
 * suppressed cell's feasible range. Zeros are shown. See docs/disclosure-control.md.
 */
public final class DisclosureControl {

    /** The rule, as public answers state it. */
    public static final String RULE = "counts 1-4 shown as <5; complementary suppression shown as x";

    /** What each marker means, as public answers state it. */
    public static final Map<String, String> LEGEND = legend();

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

    private static Map<String, String> legend() {
        Map<String, String> legend = new LinkedHashMap<>();
        legend.put(Cell.SMALL, "a count from 1 to 4");
        legend.put(Cell.WITHHELD, "a count of 5 or more, withheld so that small counts cannot be worked out");
        return Collections.unmodifiableMap(legend);
    }

    private static Cell cell(TableCells layout, boolean[] suppressed, int index) {
        if (!suppressed[index]) {
            return Cell.shown(layout.value(index));
        }
        return CellSuppression.sensitive(layout.value(index)) ? Cell.small() : Cell.withheld();
    }
}
