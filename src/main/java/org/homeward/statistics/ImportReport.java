package org.homeward.statistics;

import java.util.List;

/**
 * What an import of figures did, or in a dry run would do. All or nothing: with any problem, nothing is
 * applied and {@code problems} says row by row what was wrong.
 *
 * @param rows data rows read (the header not counted)
 * @param created figures created (or, in a dry run, that would be)
 * @param unchanged rows that repeat a figure already in the ledger exactly (importing a file twice is harmless)
 * @param applied true when the figures were written
 */
public record ImportReport(
        boolean dryRun,
        boolean applied,
        int rows,
        int created,
        int unchanged,
        List<ImportProblem> problems,
        List<Long> createdIds) {

    public ImportReport {
        problems = List.copyOf(problems);
        createdIds = List.copyOf(createdIds);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * One problem in an imported file.
     *
     * @param row the line of the file, the header being line 1
     * @param column the column's header, or null for a problem with the whole row
     * @param value what the cell held (figures are public facts, so it may be repeated)
     * @param expected what would have been accepted
     */
    public record ImportProblem(int row, String column, String value, String expected) {}
}
