package org.homeward.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.homeward.statistics.internal.FeasibleRanges.Range;

/**
 * Chooses the cells of a table to suppress before publication.
 *
 * <ol>
 *   <li>Primary: every cell or total holding 1 to 4 people, published as "&lt;5". Zeros are shown: a true zero
 *       names nobody.
 *   <li>Complementary, repeated until every suppressed cell is protected: take the first unprotected cell and
 *       suppress the published, non-zero cell with the smallest count that protects it (least information
 *       lost; ties go to cells sharing a row, column or total with it, the grand total last); when no single
 *       cell does, suppress the cheapest cycle of cells through it, the way a pinned cell comes loose.
 *       Complements are published as "x". A zero is never a complement, and every count of 1 to 4 is already
 *       primary, so every "x" holds 5 or more — which the attacker model of {@link FeasibleRanges} assumes.
 * </ol>
 *
 * A suppressed cell is protected when its feasible range (see {@link FeasibleRanges}), which takes in what the
 * markers say ("&lt;5" is 1-4, "x" is at least 5), holds more than one value: an attacker cannot recover the
 * count. Each round suppresses at least one more cell, so the loop ends; should a cell still be pinned with
 * every non-zero cell suppressed, publication is refused (the property test finds no such table).
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
            for (int complement : complementsFor(cells, suppressed, unprotected.getAsInt())) {
                suppressed[complement] = true;
            }
        }
        return suppressed;
    }

    /** True for a count of 1 to 4, suppressed and marked "&lt;5". */
    public static boolean sensitive(long count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }

    /**
     * A suppressed cell is protected when its value cannot be worked out exactly. That a "&lt;5" cell lies in
     * 1-4 is published on purpose; its range is already clipped to that by {@link FeasibleRanges}.
     */
    static boolean isProtected(Range range) {
        return !range.pinned();
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
            if (!isProtected(ranges.of(cell))) {
                return OptionalInt.of(cell);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The published cells to suppress next for an unprotected cell: the smallest single cell that protects it;
     * else the published cells of the cheapest cycle through it (see {@link #cheapestCycle}), since a pinned
     * cell only comes loose when a whole cycle of suppressed cells can shift together; else the smallest cell.
     */
    private static List<Integer> complementsFor(TableCells cells, boolean[] suppressed, int cell) {
        List<Integer> candidates = candidates(cells, suppressed, cell);
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no cell left to suppress, yet cell " + cell + " is unprotected");
        }
        for (int candidate : candidates) {
            suppressed[candidate] = true;
            Range range = new FeasibleRanges(cells, suppressed).of(cell);
            suppressed[candidate] = false;
            if (isProtected(range)) {
                return List.of(candidate);
            }
        }
        List<Integer> cycle = cheapestCycle(cells, suppressed, cell);
        return cycle.isEmpty() ? List.of(candidates.getFirst()) : cycle;
    }

    /**
     * The published cells on the cheapest cycle through a cell in the table's network, ignoring arc directions:
     * the shortest path (Dijkstra) from the head of the cell's arc back to its tail over non-zero cells, where a
     * suppressed cell costs nothing, a published one its count, and the grand total a count far above any other.
     * Zeros are published and fixed, so no cycle runs through them. Empty when there is no such cycle.
     */
    static List<Integer> cheapestCycle(TableCells cells, boolean[] suppressed, int cell) {
        int nodes = cells.nodes();
        long grandPenalty = cells.value(cells.grandTotal()) * (long) cells.size() + 1;
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        boolean[] done = new boolean[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        int from = cells.head(cell);
        int to = cells.tail(cell);
        distance[from] = 0;
        for (int round = 0; round < nodes; round++) {
            int u = -1;
            for (int n = 0; n < nodes; n++) {
                if (!done[n] && distance[n] != Long.MAX_VALUE && (u < 0 || distance[n] < distance[u])) {
                    u = n;
                }
            }
            if (u < 0 || u == to) {
                break;
            }
            done[u] = true;
            for (int arc = 0; arc < cells.size(); arc++) {
                if (arc == cell || cells.value(arc) == 0) {
                    continue;
                }
                int other = cells.tail(arc) == u ? cells.head(arc) : cells.head(arc) == u ? cells.tail(arc) : -1;
                if (other < 0 || done[other]) {
                    continue;
                }
                long cost = suppressed[arc] ? 0 : arc == cells.grandTotal() ? grandPenalty : cells.value(arc);
                if (distance[u] + cost < distance[other]) {
                    distance[other] = distance[u] + cost;
                    via[other] = arc;
                }
            }
        }
        if (distance[to] == Long.MAX_VALUE) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>();
        for (int node = to; node != from; ) {
            int arc = via[node];
            if (!suppressed[arc]) {
                path.add(arc);
            }
            node = cells.tail(arc) == node ? cells.head(arc) : cells.tail(arc);
        }
        return path;
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
