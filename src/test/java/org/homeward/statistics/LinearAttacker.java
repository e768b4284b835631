package org.homeward.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homeward.statistics.PublicTable.Cell;

/**
 * An attacker on a published table, written apart from the suppression code and sharing nothing with it: from
 * the published cells and totals alone it computes, by linear programming, the smallest and largest value of
 * each suppressed cell. Knowledge: every total is the sum of its parts, and what the markers say: a "&lt;5"
 * cell holds 1 to 4; an "x" cell is not 1-4 and not 0 (zeros are published as 0), so at least 5. Nothing else.
 *
 * <p>The constraint matrix of a table with margins is the incidence matrix of a directed graph, hence totally
 * unimodular, and stays so with the rows "y + slack = 3" bounding the "&lt;5" cells: every simplex tableau stays integral with pivots of +1 or -1, so the LP runs in exact integer
 * arithmetic and its optimum is attained by integer tables (the bounds are exact for counts). A pivot other than
 * +1 or -1 would break that argument and fails loudly.
 */
public final class LinearAttacker {

    static final long UNBOUNDED = Long.MAX_VALUE;

    /** The range an attacker can prove for one suppressed cell. */
    public record Bounds(long min, long max) {
        public boolean pinned() {
            return min == max;
        }
    }

    private final PublicTable table;
    // {kind, row, column, small}; kind 0 cell, 1 row, 2 col, 3 grand; small 1 under "<5", 0 under "x"
    private final List<int[]> variables = new ArrayList<>();
    private int structural; // the variables and one slack per "<5" variable
    private long[][] phaseOne; // tableau after phase one: rows = constraints, last column = right-hand side
    private int[] basis;

    public LinearAttacker(PublicTable table) {
        this.table = table;
        collectVariables();
        buildAndRunPhaseOne();
    }

    /** The bounds of the suppressed cell at (row, column); row or column -1 for a total, both -1 for the grand. */
    public Bounds bounds(int row, int column) {
        int variable = indexOf(row, column);
        long floor = floor(variable);
        long min = optimise(variable, 1) + floor;
        long negatedMax = optimise(variable, -1);
        long max = negatedMax == Long.MIN_VALUE ? UNBOUNDED : -negatedMax + floor;
        return new Bounds(min, max);
    }

    /** The least value a marker allows: 1 under "<5", 5 under "x". */
    private long floor(int variable) {
        return variables.get(variable)[3] == 1 ? 1 : 5;
    }

    private void collectVariables() {
        for (int r = 0; r < table.rowKeys().size(); r++) {
            for (int c = 0; c < table.columnKeys().size(); c++) {
                if (table.cell(r, c).suppressed()) {
                    variables.add(new int[] {0, r, c, small(table.cell(r, c))});
                }
            }
            if (table.rowTotals().get(r).suppressed()) {
                variables.add(new int[] {1, r, -1, small(table.rowTotals().get(r))});
            }
        }
        for (int c = 0; c < table.columnKeys().size(); c++) {
            if (table.columnTotals().get(c).suppressed()) {
                variables.add(new int[] {2, -1, c, small(table.columnTotals().get(c))});
            }
        }
        if (table.grandTotal().suppressed()) {
            variables.add(new int[] {3, -1, -1, small(table.grandTotal())});
        }
    }

    private static int small(Cell cell) {
        return switch (cell.marker()) {
            case "<5" -> 1;
            case "x" -> 0;
            default -> throw new IllegalArgumentException("unknown marker " + cell.marker());
        };
    }

    private int indexOf(int row, int column) {
        int kind = row >= 0 && column >= 0 ? 0 : row >= 0 ? 1 : column >= 0 ? 2 : 3;
        for (int i = 0; i < variables.size(); i++) {
            int[] v = variables.get(i);
            if (v[0] == kind && v[1] == row && v[2] == column) {
                return i;
            }
        }
        throw new IllegalArgumentException("cell (" + row + ", " + column + ") is not suppressed");
    }

    /** Each equation as coefficients over the variables plus the sum of its published terms (total negative). */
    private List<long[]> equations() {
        int rows = table.rowKeys().size();
        int columns = table.columnKeys().size();
        int n = variables.size();
        List<long[]> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            long[] e = new long[n + 1];
            for (int c = 0; c < columns; c++) {
                term(e, table.cell(r, c), 1, indexOrMinus(r, c));
            }
            term(e, table.rowTotals().get(r), -1, indexOrMinus(r, -1));
            equations.add(e);
        }
        for (int c = 0; c < columns; c++) {
            long[] e = new long[n + 1];
            for (int r = 0; r < rows; r++) {
                term(e, table.cell(r, c), 1, indexOrMinus(r, c));
            }
            term(e, table.columnTotals().get(c), -1, indexOrMinus(-1, c));
            equations.add(e);
        }
        long[] byRows = new long[n + 1];
        long[] byColumns = new long[n + 1];
        for (int r = 0; r < rows; r++) {
            term(byRows, table.rowTotals().get(r), 1, indexOrMinus(r, -1));
        }
        for (int c = 0; c < columns; c++) {
            term(byColumns, table.columnTotals().get(c), 1, indexOrMinus(-1, c));
        }
        term(byRows, table.grandTotal(), -1, indexOrMinus(-1, -1));
        term(byColumns, table.grandTotal(), -1, indexOrMinus(-1, -1));
        equations.add(byRows);
        equations.add(byColumns);
        return equations;
    }

    private int indexOrMinus(int row, int column) {
        try {
            return indexOf(row, column);
        } catch (IllegalArgumentException published) {
            return -1;
        }
    }

    private static void term(long[] equation, Cell cell, int sign, int variable) {
        if (cell.suppressed()) {
            equation[variable] += sign;
        } else {
            equation[equation.length - 1] += sign * cell.value();
        }
    }

    /**
     * The constraints over y_j = x_j - floor_j >= 0 and one slack per "<5" variable, each row as coefficients
     * over the {@link #structural} columns and a non-negative right-hand side last.
     */
    private List<long[]> constraintRows() {
        int n = variables.size();
        List<Integer> small = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (variables.get(j)[3] == 1) {
                small.add(j);
            }
        }
        structural = n + small.size();
        List<long[]> rows = new ArrayList<>();
        for (long[] e : equations()) {
            boolean hasVariable = Arrays.stream(e, 0, n).anyMatch(a -> a != 0);
            long constant = e[n];
            if (!hasVariable) {
                if (constant != 0) {
                    throw new IllegalStateException("published totals do not add up");
                }
                continue;
            }
            // sum a_j x_j + constant = 0 with x_j = y_j + floor_j:  sum a_j y_j = -constant - sum a_j floor_j
            long rhs = -constant;
            for (int j = 0; j < n; j++) {
                rhs -= e[j] * floor(j);
            }
            long sign = rhs < 0 ? -1 : 1;
            long[] row = new long[structural + 1];
            for (int j = 0; j < n; j++) {
                row[j] = sign * e[j];
            }
            row[structural] = sign * rhs;
            rows.add(row);
        }
        for (int k = 0; k < small.size(); k++) {
            long[] row = new long[structural + 1]; // x <= 4, so y + slack = 3
            row[small.get(k)] = 1;
            row[n + k] = 1;
            row[structural] = 3;
            rows.add(row);
        }
        return rows;
    }

    /** Phase one of the simplex: finds a basis of the constraints with artificial variables driven out. */
    private void buildAndRunPhaseOne() {
        List<long[]> rows = constraintRows();
        int n = structural;
        int m = rows.size();
        long[][] t = new long[m][n + m + 1];
        basis = new int[m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(rows.get(i), 0, t[i], 0, n);
            t[i][n + i] = 1;
            t[i][n + m] = rows.get(i)[n];
            basis[i] = n + i;
        }
        long[] cost = new long[n + m];
        for (int i = 0; i < m; i++) {
            cost[n + i] = 1;
        }
        if (minimise(t, basis, cost, n + m) == Long.MIN_VALUE || objective(t, basis, cost) != 0) {
            throw new IllegalStateException("the published table admits no table of counts");
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                int entering = -1;
                for (int j = 0; j < n && entering < 0; j++) {
                    if (t[i][j] != 0) {
                        entering = j;
                    }
                }
                if (entering < 0) {
                    continue; // a redundant equation
                }
                pivot(t, basis, i, entering);
            }
            keep.add(i);
        }
        phaseOne = new long[keep.size()][];
        int[] kept = new int[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            phaseOne[k] = t[keep.get(k)];
            kept[k] = basis[keep.get(k)];
        }
        basis = kept;
    }

    /** Minimises sign * y_variable; Long.MIN_VALUE when unbounded below. */
    private long optimise(int variable, int sign) {
        long[][] t = new long[phaseOne.length][];
        for (int i = 0; i < t.length; i++) {
            t[i] = phaseOne[i].clone();
        }
        int[] b = basis.clone();
        long[] cost = new long[t.length == 0 ? structural : t[0].length - 1];
        cost[variable] = sign;
        if (t.length == 0) {
            return sign > 0 ? 0 : Long.MIN_VALUE; // no constraint at all: y >= 0 is free upwards
        }
        if (minimise(t, b, cost, structural) == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        return objective(t, b, cost);
    }

    /** Simplex with Bland's rule over the first {@code allowed} columns; Long.MIN_VALUE if unbounded. */
    private static long minimise(long[][] t, int[] basis, long[] cost, int allowed) {
        int m = t.length;
        if (m == 0) {
            return 0;
        }
        int rhs = t[0].length - 1;
        while (true) {
            int entering = -1;
            for (int j = 0; j < allowed && entering < 0; j++) {
                long reduced = cost[j];
                for (int i = 0; i < m; i++) {
                    reduced -= cost[basis[i]] * t[i][j];
                }
                if (reduced < 0) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return 0;
            }
            int leaving = -1;
            for (int i = 0; i < m; i++) {
                if (t[i][entering] > 0) {
                    if (leaving < 0) {
                        leaving = i;
                    } else {
                        // a_ij > 0 means a_ij == 1 (checked in pivot), so the ratio is the right-hand side
                        long ratio = t[i][rhs] / t[i][entering];
                        long best = t[leaving][rhs] / t[leaving][entering];
                        if (ratio < best || (ratio == best && basis[i] < basis[leaving])) {
                            leaving = i;
                        }
                    }
                }
            }
            if (leaving < 0) {
                return Long.MIN_VALUE;
            }
            pivot(t, basis, leaving, entering);
        }
    }

    private static void pivot(long[][] t, int[] basis, int row, int column) {
        long p = t[row][column];
        if (p != 1 && p != -1) {
            throw new IllegalStateException("pivot " + p + ": the constraint matrix is not totally unimodular");
        }
        for (int j = 0; j < t[row].length; j++) {
            t[row][j] *= p; // dividing by +1 or -1
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row && t[i][column] != 0) {
                long factor = t[i][column];
                for (int j = 0; j < t[i].length; j++) {
                    t[i][j] -= factor * t[row][j];
                }
            }
        }
        basis[row] = column;
    }

    private static long objective(long[][] t, int[] basis, long[] cost) {
        long value = 0;
        if (t.length == 0) {
            return 0;
        }
        int rhs = t[0].length - 1;
        for (int i = 0; i < t.length; i++) {
            value += cost[basis[i]] * t[i][rhs];
        }
        return value;
    }
}
