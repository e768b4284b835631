package org.homeward.exchange.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.exchange.Column;
import org.homeward.exchange.Header;
import org.homeward.exchange.Row;

/**
 * Which column holds which field, for the kinds recognised by their columns (site populations, return cases,
 * gazetteer editions): each field has English and Arabic header spellings (compared as {@link HeaderNames} does)
 * and HXL hashtags; a hashtag wins over a spelling. A required field without a column stops the job (E2015).
 */
final class FieldColumns {

    /** A field a file may have: its name in errors, whether the job needs it, its spellings and hashtags. */
    record Field(String key, boolean required, List<String> headers, List<String> tags) {}

    private final Map<String, Column> columns = new HashMap<>();

    private FieldColumns() {}

    static FieldColumns of(Header header, List<Field> fields) {
        FieldColumns found = new FieldColumns();
        Map<String, Column> byName = new HashMap<>();
        for (Column column : header.columns()) {
            byName.putIfAbsent(HeaderNames.normalise(column.name()), column);
        }
        for (Field field : fields) {
            Column column = find(header, byName, field);
            if (column != null) {
                found.columns.put(field.key(), column);
            } else if (field.required()) {
                throw new ImportFailure(
                        ImportCode.MISSING_COLUMN,
                        field.key(),
                        "a column headed " + field.headers().getFirst() + " (or a known spelling, or "
                                + String.join(" or ", field.tags()) + ")");
            }
        }
        return found;
    }

    private static Column find(Header header, Map<String, Column> byName, Field field) {
        for (String tag : field.tags()) {
            List<Column> tagged = header.matching(tag);
            if (!tagged.isEmpty()) {
                return tagged.getFirst();
            }
        }
        for (String spelling : field.headers()) {
            Column column = byName.get(HeaderNames.normalise(spelling));
            if (column != null) {
                return column;
            }
        }
        return null;
    }

    boolean has(Field field) {
        return columns.containsKey(field.key());
    }

    /** The stripped cell of the field, "" when empty or when the file has no column for it. */
    String value(Row row, Field field) {
        Column column = columns.get(field.key());
        return column == null ? "" : row.cell(column.position()).strip();
    }

    /** How errors name the field's column: its header text or hashtag, else the field's name. */
    String label(Field field) {
        Column column = columns.get(field.key());
        return column == null ? field.key() : column.label();
    }
}
