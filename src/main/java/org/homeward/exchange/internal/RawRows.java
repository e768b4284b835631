package org.homeward.exchange.internal;

import org.homeward.exchange.Row;
import org.homeward.exchange.TableDescription;

/** The rows of a file as they are, header included, before any header is recognised. */
interface RawRows extends AutoCloseable {

    /** The next row, blank ones included, or null at the end. */
    Row next();

    TableDescription description();

    @Override
    void close();
}
