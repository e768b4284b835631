package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homeward.statistics.LinearAttacker.Bounds;
import org.homeward.statistics.PublicTable.Cell;
import org.junit.jupiter.api.Test;

/**
 * Disclosure control on random tables, checked by an attacker that shares no code with it ({@link LinearAttacker}).
 *
 * <p>A seeded random loop rather than a property-testing engine (see docs/disclosure-control.md for why not
 * jqwik): each table comes from its own seed, which a failure names; {@code RandomTables.table(seed)} rebuilds it.
 */
class DisclosureControlPropertyTest {

    static final int TABLES = 400;
    static final long FIRST_SEED = 20_211_116L;

    static Table table(long seed) {
        return RandomTables.table(seed);
    }

    @Test
    void everyCountIsTrueOrHonestlyMarkedAndNoSuppressedCountCanBeWorkedOut() {
        int small = 0;
        int withheld = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + TABLES; seed++) {
            Table table = table(seed);
            PublicTable published = DisclosureControl.suppress(table);
            checkMarkers(seed, table, published);
            LinearAttacker attacker = new LinearAttacker(published);
            for (int[] position : suppressedPositions(published)) {
                long value = valueAt(table, position);
                Bounds bounds = attacker.bounds(position[0], position[1]);
                String where = "seed " + seed + " (rebuild with RandomTables.table(" + seed + "L)), cell "
                        + Arrays.toString(position) + " = " + value + ", range " + bounds + " in " + describe(table);
                assertThat(value)
                        .as("the attacker's range holds the truth: " + where)
                        .isBetween(bounds.min(), bounds.max());
                assertThat(bounds.pinned())
                        .as("no suppressed count can be worked out exactly: " + where)
                        .isFalse();
                if (value <= 4) {
                    small++;
                } else {
                    withheld++;
                }
            }
        }
        assertThat(small).as("the random tables exercised primary suppression").isGreaterThan(TABLES);
        assertThat(withheld)
                .as("the random tables exercised complementary suppression")
                .isGreaterThan(TABLES);
    }

    /** "<5" exactly on the counts of 1-4, "x" only on counts of 5 or more, every number the true one. */
    private static void checkMarkers(long seed, Table table, PublicTable published) {
        List<Cell> all = cells(published);
        List<Long> truth = truth(table);
        for (int i = 0; i < all.size(); i++) {
            long value = truth.get(i);
            Cell cell = all.get(i);
            String where = "seed " + seed + " (rebuild with RandomTables.table(" + seed + "L)), cell " + i + " of "
                    + describe(table);
            if (value >= 1 && value <= 4) {
                assertThat(cell.display())
                        .as("a count of 1-4 is published as <5: " + where)
                        .isEqualTo("<5");
            } else if (cell.suppressed()) {
                assertThat(cell.display())
                        .as("a withheld count of 5 or more is published as x: " + where)
                        .isEqualTo("x");
                assertThat(value).as("an x holds 5 or more: " + where).isGreaterThanOrEqualTo(5);
            } else {
                assertThat(cell.value())
                        .as("a published count is the true one: " + where)
                        .isEqualTo(value);
            }
            if (value == 0) {
                assertThat(cell.suppressed()).as("zeros are shown: " + where).isFalse();
            }
        }
    }

    @Test
    void publishedTotalsAreTheTrueSums() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + TABLES; seed += 7) {
            Table table = table(seed);
            PublicTable published = DisclosureControl.suppress(table);
            for (int r = 0; r < table.rows(); r++) {
                long sum = 0;
                for (int c = 0; c < table.columns(); c++) {
                    sum += table.cell(r, c);
                }
                Cell total = published.rowTotals().get(r);
                if (!total.suppressed()) {
                    assertThat(total.value()).as("seed %d row %d", seed, r).isEqualTo(sum);
                }
            }
            Cell grand = published.grandTotal();
            if (!grand.suppressed()) {
                assertThat(grand.value()).as("seed %d grand total", seed).isEqualTo(table.grandTotal());
            }
        }
    }

    @Test
    void theAttackerRecoversACountProtectedOnlyByPrimarySuppression() {
        // The attacker must be able to fail the property: hide only the 3 and it is worked out from the totals.
        PublicTable naive = new PublicTable(
                List.of("A", "B"),
                List.of("X", "Y"),
                List.of(List.of(Cell.small(), Cell.shown(10)), List.of(Cell.shown(7), Cell.shown(20))),
                List.of(Cell.shown(13), Cell.shown(27)),
                List.of(Cell.shown(10), Cell.shown(30)),
                Cell.shown(40));

        assertThat(new LinearAttacker(naive).bounds(0, 0)).isEqualTo(new Bounds(3, 3));
    }

    @Test
    void theAttackerUsesWhatTheMarkersSay() {
        // Truth [[1, 5], [40, 60]]: the row total 6 = a + b with a under "<5" (1-4) and b under "x" (5 or more)
        // leaves only a = 1, b = 5, though the sums alone would allow a from 1 to 5.
        PublicTable markedWeakly = new PublicTable(
                List.of("A", "B"),
                List.of("X", "Y"),
                List.of(List.of(Cell.small(), Cell.withheld()), List.of(Cell.shown(40), Cell.shown(60))),
                List.of(Cell.shown(6), Cell.shown(100)),
                List.of(Cell.withheld(), Cell.withheld()),
                Cell.shown(106));

        LinearAttacker attacker = new LinearAttacker(markedWeakly);
        assertThat(attacker.bounds(0, 0)).isEqualTo(new Bounds(1, 1));
        assertThat(attacker.bounds(0, 1)).isEqualTo(new Bounds(5, 5));
        assertThat(attacker.bounds(-1, 0)).isEqualTo(new Bounds(41, 41));
    }

    @Test
    void aSmallRowTotalBoundsTheCellsOfItsRow() {
        // Truth [[2, 1], [50, 60]] with the whole first row and its total "<5" and the column totals "x": the
        // grand total pins the row total at 3 (a table DisclosureControl would not publish), and with each cell
        // at least 1 the attacker narrows each cell to 1-2, but no further.
        PublicTable published = new PublicTable(
                List.of("A", "B"),
                List.of("X", "Y"),
                List.of(List.of(Cell.small(), Cell.small()), List.of(Cell.shown(50), Cell.shown(60))),
                List.of(Cell.small(), Cell.shown(110)),
                List.of(Cell.withheld(), Cell.withheld()),
                Cell.shown(113));

        Bounds bounds = new LinearAttacker(published).bounds(0, 0);
        assertThat(bounds).isEqualTo(new Bounds(1, 2));
        assertThat(new LinearAttacker(published).bounds(0, -1)).isEqualTo(new Bounds(3, 3));
    }

    private static List<Cell> cells(PublicTable table) {
        List<Cell> all = new ArrayList<>();
        table.cells().forEach(all::addAll);
        all.addAll(table.rowTotals());
        all.addAll(table.columnTotals());
        all.add(table.grandTotal());
        return all;
    }

    private static List<Long> truth(Table table) {
        List<Long> all = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                all.add(table.cell(r, c));
            }
        }
        for (int r = 0; r < table.rows(); r++) {
            all.add(table.rowTotal(r));
        }
        for (int c = 0; c < table.columns(); c++) {
            all.add(table.columnTotal(c));
        }
        all.add(table.grandTotal());
        return all;
    }

    /** Positions {row, column} of suppressed cells; -1 marks a total's missing coordinate. */
    private static List<int[]> suppressedPositions(PublicTable table) {
        List<int[]> positions = new ArrayList<>();
        int rows = table.rowKeys().size();
        int columns = table.columnKeys().size();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (table.cell(r, c).suppressed()) {
                    positions.add(new int[] {r, c});
                }
            }
            if (table.rowTotals().get(r).suppressed()) {
                positions.add(new int[] {r, -1});
            }
        }
        for (int c = 0; c < columns; c++) {
            if (table.columnTotals().get(c).suppressed()) {
                positions.add(new int[] {-1, c});
            }
        }
        if (table.grandTotal().suppressed()) {
            positions.add(new int[] {-1, -1});
        }
        return positions;
    }

    private static long valueAt(Table table, int[] position) {
        if (position[0] >= 0 && position[1] >= 0) {
            return table.cell(position[0], position[1]);
        }
        if (position[0] >= 0) {
            return table.rowTotal(position[0]);
        }
        return position[1] >= 0 ? table.columnTotal(position[1]) : table.grandTotal();
    }

    private static String describe(Table table) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.rows(); r++) {
            long[] row = new long[table.columns()];
            for (int c = 0; c < table.columns(); c++) {
                row[c] = table.cell(r, c);
            }
            text.append(Arrays.toString(row));
        }
        return text.toString();
    }
}
