package org.homeward.registry.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by tabs, {@code \N} for null, and backslash,
 * tab, newline and carriage return escaped, so that any text a client may send survives the trip.
 */
final class CopyText {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStart = true;
    private int rows;
    private byte[] encoded;

    CopyText add(Object value) {
        if (encoded != null) {
            throw new IllegalStateException("these rows are sealed");
        }
        if (!lineStart) {
            text.append('\t');
        }
        lineStart = false;
        switch (value) {
            case null -> text.append("\\N");
            case String string -> escape(string);
            case LocalDate date -> text.append(date);
            case Instant instant -> text.append(instant.atOffset(ZoneOffset.UTC));
            case List<?> codes ->
                escape(HouseholdStore.arrayLiteral(
                        codes.stream().map(String::valueOf).toList()));
            default -> escape(value.toString());
        }
        return this;
    }

    void endRow() {
        text.append('\n');
        lineStart = true;
        rows++;
    }

    int rows() {
        return rows;
    }

    String text() {
        return encoded != null ? new String(encoded, StandardCharsets.UTF_8) : text.toString();
    }

    /**
     * Encodes the rows as the UTF-8 COPY reads, once, and lets the text go: done while a batch is prepared, so that
     * writing it only streams bytes (the driver's Reader path would decode and encode again on the writing thread).
     * No row may be added after.
     */
    void seal() {
        if (encoded == null) {
            encoded = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            text.trimToSize();
        }
    }

    /** The sealed rows. */
    InputStream stream() {
        seal();
        return new ByteArrayInputStream(encoded);
    }

    private void escape(String value) {
        int first = firstSpecial(value);
        if (first < 0) {
            text.append(value); // the common case: nothing to escape, one bulk copy
            return;
        }
        text.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static int firstSpecial(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
