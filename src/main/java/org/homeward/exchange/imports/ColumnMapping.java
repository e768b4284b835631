package org.homeward.exchange.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.exchange.Column;
import org.homeward.exchange.Header;

/**
 * Which column holds which household field. A saved or submitted mapping (field → header text, hashtag or 1-based
 * column number) wins; other fields map by HXL hashtag, then by any known English or Arabic header spelling.
 */
final class ColumnMapping {

    private final int[] positions = new int[HouseholdField.values().length];
    private final String[] labels = new String[HouseholdField.values().length];

    private ColumnMapping() {
        Arrays.fill(positions, -1);
    }

    /** @throws ImportFailure when the mapping names a column the header lacks, or no column holds the household id */
    static ColumnMapping of(Header header, Map<String, String> explicit) {
        ColumnMapping mapping = new ColumnMapping();
        Map<String, Column> byName = new HashMap<>();
        for (Column column : header.columns()) {
            byName.putIfAbsent(HeaderNames.normalise(column.name()), column);
        }
        for (HouseholdField field : HouseholdField.values()) {
            String wanted = explicit == null ? null : explicit.get(field.key());
            Optional<Column> column = wanted == null || wanted.isBlank()
                    ? automatic(header, byName, field)
                    : Optional.of(named(header, byName, field, wanted));
            column.ifPresent(c -> mapping.set(field, c));
        }
        refuseUnnamedColumns(header, explicit);
        if (!mapping.has(HouseholdField.HOUSEHOLD_ID)) {
            throw new ImportFailure(
                    ImportCode.MISSING_COLUMN,
                    "household_id",
                    "a column headed household_id (or a known spelling, or #household+id)");
        }
        return mapping;
    }

    /**
     * A column without a header between named ones holds data nobody can place; trailing unnamed columns are what
     * spreadsheet programs leave behind and are ignored. A mapping may still name such a column by its number.
     */
    private static void refuseUnnamedColumns(Header header, Map<String, String> explicit) {
        int lastNamed = -1;
        for (Column column : header.columns()) {
            if (!column.name().isBlank() || column.isTagged()) {
                lastNamed = column.position();
            }
        }
        for (Column column : header.columns()) {
            boolean mappedByNumber = explicit != null && explicit.containsValue(String.valueOf(column.position() + 1));
            if (column.position() < lastNamed && column.name().isBlank() && !column.isTagged() && !mappedByNumber) {
                throw new ImportFailure(
                        ImportCode.UNNAMED_COLUMN, column.label(), "a header for every column, or a mapping naming it");
            }
        }
    }

    static boolean knows(String fieldKey) {
        return Arrays.stream(HouseholdField.values()).anyMatch(f -> f.key().equals(fieldKey));
    }

    private static Optional<Column> automatic(Header header, Map<String, Column> byName, HouseholdField field) {
        for (String tag : field.tags()) {
            var tagged = header.matching(tag);
            if (!tagged.isEmpty()) {
                return Optional.of(tagged.getFirst());
            }
        }
        for (String spelling : field.headers()) {
            Column column = byName.get(HeaderNames.normalise(spelling));
            if (column != null) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static Column named(Header header, Map<String, Column> byName, HouseholdField field, String wanted) {
        String text = wanted.strip();
        if (text.startsWith("#")) {
            var tagged = header.matching(text);
            if (!tagged.isEmpty()) {
                return tagged.getFirst();
            }
        } else if (text.chars().allMatch(Character::isDigit) && text.length() < 6) {
            int number = Integer.parseInt(text);
            if (number >= 1 && number <= header.size()) {
                return header.column(number - 1);
            }
        } else {
            Column column = byName.get(HeaderNames.normalise(text));
            if (column != null) {
                return column;
            }
        }
        throw new ImportFailure(ImportCode.UNKNOWN_MAPPING, field.key().toLowerCase(Locale.ROOT), text);
    }

    private void set(HouseholdField field, Column column) {
        positions[field.ordinal()] = column.position();
        labels[field.ordinal()] = column.label();
    }

    boolean has(HouseholdField field) {
        return positions[field.ordinal()] >= 0;
    }

    /** The stripped cell of the field in the row, or "" when the field has no column. */
    String value(org.homeward.exchange.Row row, HouseholdField field) {
        int position = positions[field.ordinal()];
        return position < 0 ? "" : row.cell(position).strip();
    }

    /** How errors name the field's column. */
    String label(HouseholdField field) {
        return labels[field.ordinal()] == null ? field.key() : labels[field.ordinal()];
    }
}
