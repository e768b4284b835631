package org.homeward.exchange.imports;

/**
 * Cells that a spreadsheet program would run as a formula ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @SUM})
 * get a leading apostrophe in reports we hand out, as OWASP recommends against CSV injection.
 */
final class Neutraliser {

    private Neutraliser() {}

    static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
