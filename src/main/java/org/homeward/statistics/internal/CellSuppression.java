package org.homeward.statistics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.homeward.statistics.internal.FeasibleRanges.Range;

/**
 * Chooses the cells of a table to suppress before publication.
 *
 * <ol>
 *   <li>Primary: every cell or total holding 1 to 4 people. Zeros are shown: a true zero names nobody.
 *   <li>Complementary, repeated until every suppressed cell is protected: take the first unprotected cell and
 *       suppress one more published, non-zero cell: the one with the smallest count that protects it (least
 *       information lost), else the smallest that at least widens its range; ties go to cells sharing a row,
 *       column or total with it, and the grand total goes last.
 * </ol>
 *
 * A suppressed cell is protected when its feasible range (see {@link FeasibleRanges}) holds more than one
 * value and, for a cell of 1 to 4, reaches 5 or more: an attacker cannot recover the count, nor prove that it
 * is small. The loop ends: each round suppresses one more cell, and with every non-zero cell suppressed every
 * range is unbounded above.
 */
public final class CellSuppression {

    /** The smallest count shown as it is. */
    public static final long SMALLEST_SHOWN = 5;

    private CellSuppression() {}

    /** Which cells to suppress, indexed as in {@link TableCells}. */
    public static boolean[] suppress(TableCells cells) {
        boolean[] suppressed = new boolean[cells.size()];
        for (int cell = 0; cell < cells.size(); cell++) {
            suppressed[cell] = sensitive(cells.value(cell));
        }
        OptionalInt unprotected;
        while ((unprotected = firstUnprotected(cells, suppressed)).isPresent()) {
            int cell = unprotected.getAsInt();
            int complement = complementFor(cells, suppressed, cell);
            suppressed[complement] = true;
        }
        return suppressed;
    }

    static boolean sensitive(long count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }

    static boolean isProtected(long count, Range range) {
        if (range.pinned()) {
            return false;
        }
        return !sensitive(count) || range.max() >= SMALLEST_SHOWN;
    }

    /** The first suppressed cell that is not protected: cells of 1-4 first, then complements. */
    private static OptionalInt firstUnprotected(TableCells cells, boolean[] suppressed) {
        FeasibleRanges ranges = new FeasibleRanges(cells, suppressed);
        List<Integer> order = new ArrayList<>();
        for (int cell = 0; cell < cells.size(); cell++) {
            if (suppressed[cell]) {
                order.add(cell);
            }
        }
        order.sort(Comparator.comparing((Integer cell) -> !sensitive(cells.value(cell))));
        for (int cell : order) {
            if (!isProtected(cells.value(cell), ranges.of(cell))) {
                return OptionalInt.of(cell);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The published cell to suppress next for an unprotected cell: the first candidate that protects it, else
     * the first that widens its range, else the first; candidates ordered as the class comment says.
     */
    private static int complementFor(TableCells cells, boolean[] suppressed, int cell) {
        List<Integer> candidates = candidates(cells, suppressed, cell);
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no cell left to suppress, yet cell " + cell + " is unprotected");
        }
        long widthBefore = new FeasibleRanges(cells, suppressed).of(cell).width();
        Integer widening = null;
        for (int candidate : candidates) {
            suppressed[candidate] = true;
            Range range = new FeasibleRanges(cells, suppressed).of(cell);
            suppressed[candidate] = false;
            if (isProtected(cells.value(cell), range)) {
                return candidate;
            }
            if (widening == null && range.width() > widthBefore) {
                widening = candidate;
            }
        }
        return widening != null ? widening : candidates.getFirst();
    }

    private static List<Integer> candidates(TableCells cells, boolean[] suppressed, int cell) {
        List<List<Integer>> equations = cells.equations();
        boolean[] related = new boolean[cells.size()];
        for (List<Integer> equation : equations) {
            if (equation.contains(cell)) {
                equation.forEach(member -> related[member] = true);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int other = 0; other < cells.size(); other++) {
            if (!suppressed[other] && cells.value(other) > 0) {
                candidates.add(other);
            }
        }
        candidates.sort(Comparator.comparing((Integer other) -> other == cells.grandTotal())
                .thenComparingLong(cells::value)
                .thenComparing(other -> !related[other])
                .thenComparing(other -> !cells.isInterior(other))
                .thenComparingInt(other -> other));
        return candidates;
    }
}
