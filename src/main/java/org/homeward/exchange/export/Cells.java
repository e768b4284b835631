package org.homeward.exchange.export;

import java.util.List;
import java.util.regex.Pattern;
import org.homeward.exchange.ExportColumn;

/** How values become cells: text for the CSV family, and the rule that keeps formulas from running. */
final class Cells {

    /** A number as it stands: only these may begin with '-' and still not be neutralised. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Cells() {}

    /** The value as text; null is empty. Numbers, dates and enums print as their canonical form. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    static boolean isNumber(Object value) {
        return value instanceof Number number
                && !(number instanceof Double d && (d.isNaN() || d.isInfinite()))
                && !(number instanceof Float f && (f.isNaN() || f.isInfinite()));
    }

    /**
     * Text a spreadsheet would evaluate as a formula, with a leading apostrophe so that it shows as text; any
     * other text unchanged. The triggers are those OWASP lists for CSV injection: = + - @, tab and carriage return.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean trigger =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!trigger || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    static void requireWidth(List<ExportColumn> columns, List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a row of " + values.size() + " values for " + columns.size() + " columns");
        }
    }
}
