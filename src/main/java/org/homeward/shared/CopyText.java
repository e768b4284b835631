package org.homeward.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by tabs, {@code \N} for null, and backslash,
 * tab, newline and carriage return escaped, so that any text a client may send survives the trip. Lists become array
 * literals, byte arrays {@code bytea} in hex. The registry's bulk path and the audit log's bulk append both write so.
 */
public final class CopyText {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStart = true;
    private int rows;
    private byte[] encoded;

    public CopyText add(Object value) {
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
            case List<?> values -> escape(arrayLiteral(values));
            case byte[] bytes -> escape("\\x" + HEX.formatHex(bytes));
            default -> escape(value.toString());
        }
        return this;
    }

    public void endRow() {
        text.append('\n');
        lineStart = true;
        rows++;
    }

    public int rows() {
        return rows;
    }

    public String text() {
        return encoded != null ? new String(encoded, StandardCharsets.UTF_8) : text.toString();
    }

    /**
     * Encodes the rows as the UTF-8 COPY reads, once, and lets the text go: done while a batch is prepared, so that
     * writing it only streams bytes (the driver's Reader path would decode and encode again on the writing thread).
     * No row may be added after.
     */
    public void seal() {
        if (encoded == null) {
            encoded = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            text.trimToSize();
        }
    }

    /** The sealed rows. */
    public InputStream stream() {
        seal();
        return new ByteArrayInputStream(encoded);
    }

    /**
     * Writes the rows with {@code COPY sql FROM STDIN} on the connection of the current transaction; nothing when there
     * are none. A failure names the exception's kind and SQL state only: PostgreSQL's message may quote a row.
     */
    public void copyInto(DataSource dataSource, String sql) {
        if (rows == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, stream());
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: SQL state " + e.getSQLState(), e);
        } catch (IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getClass().getSimpleName(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** An array literal; an element that the literal's syntax could misread is quoted, the others stay bare. */
    private static String arrayLiteral(List<?> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            String value = String.valueOf(values.get(i));
            if (bare(value)) {
                literal.append(value);
                continue;
            }
            literal.append('"');
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private static boolean bare(String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("NULL")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == ',' || c == '{' || c == '}' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
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
