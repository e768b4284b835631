package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;

/** Opens the bytes of a file from the start; some formats need to read a file twice. */
@FunctionalInterface
interface Bytes {
    InputStream open() throws IOException;
}
