package org.homeward.registry.internal;

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

    CopyText add(Object value) {
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
        return text.toString();
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
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
}
