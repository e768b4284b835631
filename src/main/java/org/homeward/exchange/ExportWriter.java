package org.homeward.exchange;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes rows of one export as they come, holding none of them: memory stays the same whatever the row count.
 * Values may be null, strings, numbers, booleans, dates, enums or anything whose {@code toString()} is the value;
 * numbers stay numbers, and text a spreadsheet would run as a formula is neutralised (see {@link Exports}).
 * {@link #close()} finishes the file (an XLSX's closing parts, a JSON array's bracket) and flushes, but leaves
 * the output stream open for its owner to close.
 */
public interface ExportWriter extends AutoCloseable {

    /** One row, a value per column in column order; refused when the count differs. */
    void row(List<?> values) throws UncheckedIOException;

    /** Rows written so far, headers not counted. */
    long rows();

    @Override
    void close() throws UncheckedIOException;
}
