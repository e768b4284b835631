package org.homeward.exchange;

import java.util.Objects;

/**
 * Why a file cannot be read, as the user will see it: {@code E1007 field too long in column 3, row 17; expected at
 * most 1,048,576 characters}.
 *
 * <p>{@code row} is the row as a spreadsheet shows it (0 when the problem is not about one row); {@code column}
 * names the column ("3", "C", "#adm1+code" or a header name), or is null. {@code value} is the offending text only
 * when it is not personal data (header names, hashtags, bytes) and is shortened when long; cell values of data rows
 * are never put here, because messages end up in logs and reports.
 */
public record FileProblem(ProblemCode code, String summary, long row, String column, String value, String expected) {

    /** Longest value quoted in a message; longer ones are cut and marked. */
    public static final int MAX_QUOTED = 60;

    public FileProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(summary, "summary");
        value = shorten(value);
    }

    public static FileProblem of(ProblemCode code, String summary) {
        return new FileProblem(code, summary, 0, null, null, null);
    }

    public FileProblem atRow(long newRow) {
        return new FileProblem(code, summary, newRow, column, value, expected);
    }

    public FileProblem inColumn(String newColumn) {
        return new FileProblem(code, summary, row, newColumn, value, expected);
    }

    public FileProblem withValue(String newValue) {
        return new FileProblem(code, summary, row, column, newValue, expected);
    }

    /**
     * The same problem, said to be in one file of several (an archive's part, such as a Kobo export's repeat-group
     * file). The name is the export's own (form and group names), not the user's upload name.
     */
    public FileProblem inFile(String file) {
        return new FileProblem(code, "in file " + file + ": " + summary, row, column, value, expected);
    }

    public FileProblem expecting(String newExpected) {
        return new FileProblem(code, summary, row, column, value, newExpected);
    }

    /** One line: code, what, the value if any, where, and what was expected. */
    public String message() {
        var text = new StringBuilder(code.code()).append(' ').append(summary);
        if (value != null) {
            text.append(" '").append(value).append('\'');
        }
        if (column != null) {
            text.append(" in column ").append(column);
        }
        if (row > 0) {
            text.append(column != null ? ", row " : " in row ").append(row);
        }
        if (expected != null) {
            text.append("; expected ").append(expected);
        }
        return text.toString();
    }

    private static String shorten(String value) {
        if (value == null || value.length() <= MAX_QUOTED) {
            return value;
        }
        return value.substring(0, MAX_QUOTED) + "… (" + value.length() + " characters)";
    }
}
