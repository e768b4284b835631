package org.homeward.exchange.imports;

/**
 * One problem with one row, as the report shows it: {@code E2001 unknown P-code 'SY99' in column #adm1+code, row 17;
 * expected a P-code or an area name of the current gazetteer}.
 *
 * @param row the row as a spreadsheet numbers it
 * @param column the column as the file names it (header text or hashtag), null for the whole row
 * @param value the offending value, null when it is personal data (names, dates of birth, documents, phone)
 */
public record RowError(long row, String column, String value, String code, String message, String expected) {

    public static RowError of(ImportCode code, long row, String column, String value, String expected) {
        return new RowError(row, column, value, code.code(), code.summary(), expected);
    }

    public String text() {
        var text = new StringBuilder(code).append(' ').append(message);
        if (value != null) {
            text.append(" '").append(value).append('\'');
        }
        if (column != null) {
            text.append(" in column ").append(column);
        }
        text.append(", row ").append(row);
        if (expected != null) {
            text.append("; expected ").append(expected);
        }
        return text.toString();
    }
}
