package org.homeward.exchange.internal;

/**
 * Follows decoded text to know which row of a CSV file a position falls in, so a decoding error can name the row
 * as a spreadsheet would: line breaks inside double quotes do not start a row. For JSON it counts plain lines.
 */
final class RowCounter {

    private final boolean quoteAware;
    private long row = 1;
    private boolean inQuotes;
    private boolean afterCr;

    RowCounter(boolean quoteAware) {
        this.quoteAware = quoteAware;
    }

    void scan(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '"' && quoteAware) {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n') {
                    if (!afterCr) {
                        row++;
                    }
                } else if (c == '\r') {
                    row++;
                }
            }
            afterCr = c == '\r';
        }
    }

    long row() {
        return row;
    }
}
