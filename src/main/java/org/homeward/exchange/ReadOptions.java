package org.homeward.exchange;

import java.nio.charset.Charset;
import java.util.Set;

/**
 * How to read a table.
 *
 * @param headerMode plain header row or HXL hashtag row
 * @param encoding the text encoding the user chose, or null to detect it (UTF-8, or windows-1256 when the bytes
 *     are clearly Arabic text in that code page); a byte-order mark always wins
 * @param delimiter the CSV field separator, or null to detect one of {@code , ; TAB |}
 * @param sheet XLSX: the sheet's name or 1-based number; null for the first visible sheet (for HXL, the first
 *     one with a hashtag row)
 * @param jsonSelector JSON: the property of the top-level object that holds the rows ({@code results} or {@code
 *     $.results}); null for the first property holding an array
 * @param required column names (plain, case-insensitive) or HXL tag patterns ({@code #adm1+code}) that must exist
 * @param keepUntagged HXL: keep columns without a hashtag (true) or drop them (false)
 * @param limits bounds on sizes
 */
public record ReadOptions(
        HeaderMode headerMode,
        Charset encoding,
        Character delimiter,
        String sheet,
        String jsonSelector,
        Set<String> required,
        boolean keepUntagged,
        Limits limits) {

    public ReadOptions {
        required = Set.copyOf(required);
    }

    /** A table whose first non-blank row names the columns. */
    public static ReadOptions plain() {
        return new ReadOptions(HeaderMode.PLAIN, null, null, null, null, Set.of(), true, Limits.DEFAULTS);
    }

    /** An HXL-tagged table; untagged columns are kept. */
    public static ReadOptions hxl() {
        return new ReadOptions(HeaderMode.HXL, null, null, null, null, Set.of(), true, Limits.DEFAULTS);
    }

    public ReadOptions withEncoding(Charset value) {
        return new ReadOptions(headerMode, value, delimiter, sheet, jsonSelector, required, keepUntagged, limits);
    }

    public ReadOptions withDelimiter(char value) {
        return new ReadOptions(headerMode, encoding, value, sheet, jsonSelector, required, keepUntagged, limits);
    }

    public ReadOptions withSheet(String value) {
        return new ReadOptions(headerMode, encoding, delimiter, value, jsonSelector, required, keepUntagged, limits);
    }

    public ReadOptions withJsonSelector(String value) {
        return new ReadOptions(headerMode, encoding, delimiter, sheet, value, required, keepUntagged, limits);
    }

    public ReadOptions withRequired(String... columns) {
        return new ReadOptions(
                headerMode, encoding, delimiter, sheet, jsonSelector, Set.of(columns), keepUntagged, limits);
    }

    public ReadOptions dropUntagged() {
        return new ReadOptions(headerMode, encoding, delimiter, sheet, jsonSelector, required, false, limits);
    }

    public ReadOptions withLimits(Limits value) {
        return new ReadOptions(headerMode, encoding, delimiter, sheet, jsonSelector, required, keepUntagged, value);
    }
}
