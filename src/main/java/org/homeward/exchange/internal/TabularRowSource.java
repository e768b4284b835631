package org.homeward.exchange.internal;

import java.util.List;
import java.util.NoSuchElementException;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.Header;
import org.homeward.exchange.HeaderMode;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.TableDescription;

/**
 * Data rows under a header: blank rows skipped, each row fitted to the header's columns. In a plain table a value
 * right of the last named column is an error (it usually means an unquoted separator shifted the row); in HXL the
 * hashtag row is the schema, and untagged cells beyond it are ignored, as HXL tools do.
 */
final class TabularRowSource implements RowSource {

    private final RawRows raw;
    private final Header header;
    private final boolean strictWidth;
    private final int[] sources;
    private final boolean identity;
    private Row next;
    private boolean ended;
    private Runnable onClose = () -> {};

    private TabularRowSource(RawRows raw, Header header, boolean strictWidth) {
        this.raw = raw;
        this.header = header;
        this.strictWidth = strictWidth;
        this.sources = header.columns().stream().mapToInt(c -> c.sourceIndex()).toArray();
        boolean straight = true;
        for (int i = 0; i < sources.length; i++) {
            straight &= sources[i] == i;
        }
        this.identity = straight;
    }

    /** Finds the header and the first data row, so that a header-only file fails here, before any import. */
    static TabularRowSource open(RawRows raw, ReadOptions options) {
        try {
            boolean plain = options.headerMode() == HeaderMode.PLAIN;
            Header header = plain ? HeaderFinder.plain(raw, options) : HeaderFinder.hxl(raw, options);
            var source = new TabularRowSource(raw, header, plain);
            if (!source.hasNext()) {
                throw Problems.noDataRows(header.row());
            }
            return source;
        } catch (RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Adds something to do when the source is closed, after closing the file. */
    TabularRowSource onClose(Runnable action) {
        Runnable before = this.onClose;
        this.onClose = () -> {
            try {
                before.run();
            } finally {
                action.run();
            }
        };
        return this;
    }

    @Override
    public Header header() {
        return header;
    }

    @Override
    public TableDescription description() {
        return raw.description();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            Row row = raw.next();
            if (row == null) {
                ended = true;
            } else if (!row.isBlank()) {
                next = fit(row);
            }
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    private Row fit(Row row) {
        List<String> cells = row.cells();
        if (strictWidth) {
            for (int i = sources.length; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    throw Problems.of(
                            FileProblem.of(ProblemCode.CELL_OUTSIDE_HEADER, "value right of the last named column")
                                    .inColumn(String.valueOf(i + 1))
                                    .atRow(row.number())
                                    .expecting(sources.length
                                            + " columns as in the header; a separator inside a value must be quoted"));
                }
            }
        }
        if (identity && cells.size() == sources.length) {
            return row;
        }
        String[] fitted = new String[sources.length];
        for (int p = 0; p < sources.length; p++) {
            fitted[p] = sources[p] < cells.size() ? cells.get(sources[p]) : "";
        }
        return new Row(row.number(), List.of(fitted));
    }

    @Override
    public void close() {
        try {
            raw.close();
        } finally {
            onClose.run();
        }
    }
}
