package org.homeward.exchange.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What one batch did, committed with the job's checkpoint at {@code lastRow}. */
final class BatchOutcome {

    final List<RowError> errors = new ArrayList<>();
    private final Set<Long> rowsWithErrors = new HashSet<>();
    long read;
    long validated;
    long saved;
    long created;
    long updated;
    long unchanged;
    long lastRow;

    void error(RowError error) {
        errors.add(error);
        rowsWithErrors.add(error.row());
    }

    void errors(List<RowError> list) {
        list.forEach(this::error);
    }

    ImportJob.Progress asProgress() {
        return new ImportJob.Progress(
                lastRow, null, read, validated, saved, rowsWithErrors.size(), created, updated, unchanged);
    }
}
