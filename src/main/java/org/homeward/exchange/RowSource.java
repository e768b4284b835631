package org.homeward.exchange;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The data rows of one table, read lazily, under its {@link Header}. Blank rows are skipped. Every row has exactly
 * {@code header().size()} cells. {@link #next()} throws {@link FileProblemException} when the file turns out to be
 * unreadable further on; a caller that must not act on a partial file reads it once with {@link Tables#check}
 * first. Close it to release the file.
 */
public interface RowSource extends Iterator<Row>, AutoCloseable {

    Header header();

    TableDescription description();

    @Override
    void close();

    default Stream<Row> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }
}
