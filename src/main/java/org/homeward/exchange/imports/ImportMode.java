package org.homeward.exchange.imports;

/** What happens to valid rows when some rows are not. */
public enum ImportMode {
    /** Read and check everything, report, save nothing. */
    DRY_RUN,
    /** Save the valid rows, report the others. */
    VALID_ONLY,
    /** Check the whole file first; save it only if no row has a problem. */
    ALL_OR_NOTHING
}
