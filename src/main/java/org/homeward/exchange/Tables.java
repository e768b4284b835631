package org.homeward.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import org.homeward.exchange.internal.TableOpener;

/**
 * Opens tabular files: CSV (any of {@code , ; TAB |}, UTF-8 with or without BOM, UTF-16 with BOM, windows-1256),
 * XLSX (streamed), HXL JSON, and a ZIP holding one CSV. The format is recognised from the content, not the name.
 *
 * <p>Opening reads the header and the first data row, so an empty file, a header-only file, duplicate or missing
 * columns are refused here. Problems further on surface from {@link RowSource#next()}; to refuse a file before
 * anything is saved, run {@link #check} first: it reads every row once and keeps none.
 */
public final class Tables {

    private Tables() {}

    public static RowSource open(Path file, ReadOptions options) {
        return TableOpener.open(file, options);
    }

    /** Reads from a stream; CSV is streamed, other formats are first copied to a temporary file. */
    public static RowSource open(InputStream in, ReadOptions options) {
        return TableOpener.open(in, options);
    }

    /** Reads the whole file as an import would, without keeping rows; throws the first problem found. */
    public static TableSummary check(Path file, ReadOptions options) {
        try (RowSource source = open(file, options)) {
            long rows = 0;
            long last = source.header().row();
            while (source.hasNext()) {
                last = source.next().number();
                rows++;
            }
            return new TableSummary(source.description(), source.header(), rows, last);
        }
    }
}
