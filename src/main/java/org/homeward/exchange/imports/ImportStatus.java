package org.homeward.exchange.imports;

/** Where a job stands. QUEUED and RUNNING jobs found at start-up are resumed. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    /** Finished; some rows had problems (saved rows are kept in VALID_ONLY, nothing in a dry run). */
    COMPLETED_WITH_ERRORS,
    /** The file could not be read, or ALL_OR_NOTHING found a problem: nothing was saved. */
    FAILED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
