package org.homeward.registry.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one multi-row {@code INSERT ... VALUES (...), (...)}: a household's members (or documents) in one
 * statement instead of one statement each. Values are bound by position with the driver's own types; a null is
 * bound untyped, so PostgreSQL takes the column's type (no metadata round trip).
 */
final class InsertRows {

    private final String head;
    private final String placeholders;
    private final int width;
    private final List<Object> values = new ArrayList<>();
    private int rows;

    /** @param placeholders one row's placeholders, with casts where needed, e.g. {@code (?, ?, ?::text[])} */
    InsertRows(String table, String columns, String placeholders) {
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        this.placeholders = placeholders;
        this.width = (int) placeholders.chars().filter(c -> c == '?').count();
    }

    InsertRows row(Object... row) {
        if (row.length != width) {
            throw new IllegalArgumentException("a row has " + width + " values, not " + row.length);
        }
        Collections.addAll(values, row);
        rows++;
        return this;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    String sql() {
        return head + String.join(", ", Collections.nCopies(rows, placeholders));
    }

    List<Object> values() {
        return values;
    }

    /** Binds {@code values} from parameter {@code first} on; returns the next free parameter index. */
    static int bind(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
