package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.homeward.statistics.DisclosureControl;
import org.homeward.statistics.PublicTable;
import org.homeward.statistics.PublicTable.Cell;
import org.homeward.statistics.Table;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    static Table table(long[][] cells) {
        return new Table(
                IntStream.range(0, cells.length).mapToObj(r -> "R" + r).toList(),
                IntStream.range(0, cells[0].length).mapToObj(c -> "C" + c).toList(),
                cells);
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        PublicTable published = DisclosureControl.suppress(table(new long[][] {{10, 0}, {7, 25}}));

        assertThat(published.anySuppressed()).isFalse();
        assertThat(published.cell(1, 1).value()).isEqualTo(25);
        assertThat(published.grandTotal().value()).isEqualTo(42);
    }

    @Test
    void aLoneSmallCountGetsTheSmallestComplementsInItsRowAndColumn() {
        // The 3 needs a partner in its row and in its column; the cheapest choice is the 7s, then the 40 that
        // closes the rectangle. Totals stay published.
        PublicTable published = DisclosureControl.suppress(table(new long[][] {
            {3, 7, 90},
            {7, 40, 60},
            {55, 80, 70}
        }));

        assertThat(suppressed(published))
                .containsExactly(List.of(true, true, false), List.of(true, true, false), List.of(false, false, false));
        assertThat(published.rowTotals()).noneMatch(Cell::suppressed);
        assertThat(published.columnTotals()).noneMatch(Cell::suppressed);
        assertThat(published.grandTotal().value()).isEqualTo(412);
        assertThat(published.cell(0, 0).display()).isEqualTo("<5");
        assertThat(List.of(published.cell(0, 1), published.cell(1, 0), published.cell(1, 1)))
                .as("complements are marked x, not <5")
                .allSatisfy(cell -> assertThat(cell.display()).isEqualTo("x"));
    }

    @Test
    void aRowWhoseTotalIsSmallKeepsEveryCountOfItOpen() {
        // Row 0 holds 2 + 1 = 3: its cells and its total are all "<5", and the attacker knows they add up to at
        // most 4. Complements must still leave each of the three with more than one possible value.
        long[][] values = {{2, 1, 0}, {30, 40, 50}, {25, 60, 70}};
        TableCells cells = TableCells.of(table(values));
        boolean[] suppressed = CellSuppression.suppress(cells);
        PublicTable published = DisclosureControl.suppress(table(values));

        assertThat(published.rowTotals().get(0).display()).isEqualTo("<5");
        assertThat(published.cell(0, 0).display()).isEqualTo("<5");
        assertThat(published.cell(0, 1).display()).isEqualTo("<5");
        assertThat(published.cell(0, 2).display()).isEqualTo(0L);
        FeasibleRanges ranges = new FeasibleRanges(cells, suppressed);
        for (int cell = 0; cell < cells.size(); cell++) {
            if (suppressed[cell]) {
                assertThat(ranges.of(cell).pinned()).as("cell %d", cell).isFalse();
            }
        }
    }

    @Test
    void theRangeOfAWithheldCountNeverDropsBelowFive() {
        // The 3 and the 7 share row and column with published totals; as "x" the 7 can only be 5 or more.
        long[][] values = {{3, 7, 90}, {7, 40, 60}, {55, 80, 70}};
        TableCells cells = TableCells.of(table(values));
        boolean[] suppressed = CellSuppression.suppress(cells);
        FeasibleRanges ranges = new FeasibleRanges(cells, suppressed);

        assertThat(ranges.of(cells.interior(0, 0))).isEqualTo(new FeasibleRanges.Range(1, 4));
        assertThat(ranges.of(cells.interior(0, 1))).isEqualTo(new FeasibleRanges.Range(6, 9));
        assertThat(ranges.of(cells.interior(1, 1))).isEqualTo(new FeasibleRanges.Range(38, 41));
    }

    @Test
    void aTotalOfOneToFourIsSuppressedToo() {
        PublicTable published = DisclosureControl.suppress(table(new long[][] {{2, 0}, {0, 30}, {12, 9}}));

        assertThat(published.rowTotals().get(0).suppressed()).isTrue();
        assertThat(published.cell(0, 0).suppressed()).isTrue();
        assertThat(published.cell(0, 1).value()).isZero();
    }

    @Test
    void twoSmallCountsInOneColumnProtectEachOther() {
        PublicTable published = DisclosureControl.suppress(table(new long[][] {{3}, {200}, {2}, {50}}));

        assertThat(published.cell(0, 0).display()).isEqualTo("<5");
        assertThat(published.cell(2, 0).display()).isEqualTo("<5");
        // 3 + 2 = 5 is known from the total, but 1 + 4, 2 + 3, 3 + 2 and 4 + 1 all fit: no complement is needed
        assertThat(published.cell(3, 0).value()).isEqualTo(50);
        assertThat(published.cell(1, 0).value()).isEqualTo(200);
        assertThat(published.grandTotal().value()).isEqualTo(255);
    }

    @Test
    void rangesComputedByFlowsMatchTheLinearProgram() {
        // Both computations are exact; they must agree on every suppressed cell of every table.
        for (long seed = 1; seed <= 60; seed++) {
            Table table = org.homeward.statistics.RandomTables.table(seed);
            TableCells cells = TableCells.of(table);
            boolean[] suppressed = CellSuppression.suppress(cells);
            FeasibleRanges ranges = new FeasibleRanges(cells, suppressed);
            PublicTable published = DisclosureControl.suppress(table);
            org.homeward.statistics.LinearAttacker attacker = new org.homeward.statistics.LinearAttacker(published);
            for (int r = 0; r < table.rows(); r++) {
                for (int c = 0; c < table.columns(); c++) {
                    int cell = cells.interior(r, c);
                    if (suppressed[cell]) {
                        FeasibleRanges.Range range = ranges.of(cell);
                        var bounds = attacker.bounds(r, c);
                        assertThat(range.min())
                                .as("seed %d cell %d,%d min", seed, r, c)
                                .isEqualTo(bounds.min());
                        assertThat(range.max())
                                .as("seed %d cell %d,%d max", seed, r, c)
                                .isEqualTo(bounds.max());
                    }
                }
            }
        }
    }

    private static List<List<Boolean>> suppressed(PublicTable table) {
        return table.cells().stream()
                .map(row -> row.stream().map(Cell::suppressed).toList())
                .toList();
    }
}
