package org.homeward.statistics.internal;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * What an attacker can work out about each suppressed cell of a published table: the smallest and largest
 * value it can take with every published cell and total as shown, every total the sum of its parts, and what
 * the markers say: a "&lt;5" cell holds 1 to 4; an "x" cell is not 1-4 and, zeros being always published and
 * never chosen as complements, not 0, so it holds at least 5 (with no upper bound).
 *
 * <p>The table is a circulation in a network (see {@link TableCells}); its true values are one feasible
 * circulation. A suppressed cell can grow by as much flow as can return from the head of its arc to its tail
 * through the other suppressed arcs, and shrink by as much as can go from its tail to its head (down to 1):
 * two maximum-flow problems in the residual network, each capped by the cell's own bounds. Flows are integers, so the ranges are exact for integer
 * counts, not just for the linear relaxation.
 */
final class FeasibleRanges {

    /** Capacity standing for "no upper bound"; anything at or over half of it counts as unbounded. */
    static final long INFINITE = Long.MAX_VALUE / 4;

    private static final long UNBOUNDED_FROM = INFINITE / 2;

    /** The values a suppressed cell can take; {@code max} is {@link Long#MAX_VALUE} when unbounded. */
    record Range(long min, long max) {

        boolean pinned() {
            return min >= max;
        }

        boolean unbounded() {
            return max == Long.MAX_VALUE;
        }

        long width() {
            return unbounded() ? Long.MAX_VALUE : max - min;
        }
    }

    private final TableCells cells;
    private final boolean[] suppressed;

    FeasibleRanges(TableCells cells, boolean[] suppressed) {
        this.cells = cells;
        this.suppressed = suppressed;
    }

    /** The feasible range of a suppressed cell. */
    Range of(int cell) {
        if (!suppressed[cell]) {
            return new Range(cells.value(cell), cells.value(cell));
        }
        long value = cells.value(cell);
        long[][] residual = residualWithout(cell);
        long growth = Math.min(room(value), maxFlow(copy(residual), cells.head(cell), cells.tail(cell)));
        long shrink = Math.min(value - floor(value), maxFlow(residual, cells.tail(cell), cells.head(cell)));
        long max = growth >= UNBOUNDED_FROM ? Long.MAX_VALUE : value + growth;
        return new Range(value - shrink, max);
    }

    /** The least value the marker of a suppressed cell allows: 1 under "&lt;5", 5 under "x". */
    private static long floor(long value) {
        return CellSuppression.sensitive(value) ? 1 : CellSuppression.SMALLEST_SHOWN;
    }

    /** How much a suppressed cell can grow within its marker: up to 4 under "&lt;5", without limit under "x". */
    private static long room(long value) {
        return CellSuppression.sensitive(value) ? CellSuppression.SMALLEST_SHOWN - 1 - value : INFINITE;
    }

    /**
     * The residual network of the true table, leaving out one cell's arc: a suppressed arc can carry more (up
     * to 4 under "&lt;5", without limit under "x") or less (down to 1 under "&lt;5", 5 under "x"); a published
     * arc is fixed and has no residual capacity.
     */
    private long[][] residualWithout(int excluded) {
        int n = cells.nodes();
        long[][] capacity = new long[n][n];
        for (int cell = 0; cell < cells.size(); cell++) {
            if (cell == excluded || !suppressed[cell]) {
                continue;
            }
            int tail = cells.tail(cell);
            int head = cells.head(cell);
            long value = cells.value(cell);
            capacity[tail][head] = add(capacity[tail][head], room(value));
            capacity[head][tail] = add(capacity[head][tail], value - floor(value));
        }
        return capacity;
    }

    /** Edmonds-Karp on a dense capacity matrix (tables have tens of rows); consumes the matrix. */
    static long maxFlow(long[][] capacity, int from, int to) {
        int n = capacity.length;
        int[] parent = new int[n];
        long flow = 0;
        while (true) {
            Arrays.fill(parent, -1);
            parent[from] = from;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(from);
            while (!queue.isEmpty() && parent[to] < 0) {
                int u = queue.poll();
                for (int v = 0; v < n; v++) {
                    if (parent[v] < 0 && capacity[u][v] > 0) {
                        parent[v] = u;
                        queue.add(v);
                    }
                }
            }
            if (parent[to] < 0) {
                return flow;
            }
            long bottleneck = INFINITE;
            for (int v = to; v != from; v = parent[v]) {
                bottleneck = Math.min(bottleneck, capacity[parent[v]][v]);
            }
            if (bottleneck >= UNBOUNDED_FROM) {
                return INFINITE;
            }
            for (int v = to; v != from; v = parent[v]) {
                capacity[parent[v]][v] -= bottleneck;
                capacity[v][parent[v]] = add(capacity[v][parent[v]], bottleneck);
            }
            flow += bottleneck;
            if (flow >= UNBOUNDED_FROM) {
                return INFINITE;
            }
        }
    }

    private static long add(long a, long b) {
        return Math.min(INFINITE, a + b);
    }

    private static long[][] copy(long[][] matrix) {
        long[][] copy = new long[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
