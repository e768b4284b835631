package org.homeward.exchange.imports;

import java.util.List;
import java.util.UUID;

/** Walks a job's errors in row order beside the file's rows, a page at a time, so neither is held whole. */
final class ErrorMerge {

    private static final int PAGE = 1_000;

    private final ImportJobStore jobs;
    private final UUID job;
    private List<RowError> page = List.of();
    private int index;
    private int offset;
    private boolean exhausted;

    ErrorMerge(ImportJobStore jobs, UUID job) {
        this.jobs = jobs;
        this.job = job;
    }

    /** The errors of a row joined into one text, or null; rows must be asked in increasing order. */
    String errorsOf(long row) {
        StringBuilder text = null;
        while (true) {
            RowError next = peek();
            if (next == null || next.row() > row) {
                return text == null ? null : text.toString();
            }
            index++;
            if (next.row() == row) {
                text = text == null ? new StringBuilder() : text.append(" | ");
                text.append(next.text());
            }
        }
    }

    private RowError peek() {
        if (index < page.size()) {
            return page.get(index);
        }
        if (exhausted) {
            return null;
        }
        page = jobs.errors(job, offset, PAGE);
        offset += page.size();
        index = 0;
        exhausted = page.size() < PAGE;
        return page.isEmpty() ? null : page.getFirst();
    }
}
