package org.homeward.exchange.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.homeward.exchange.Row;

/**
 * One row on its way through the validators: the raw cells under the mapping, the typed values the validators
 * derived, and the errors they wrote. A value a validator refused stays absent.
 */
final class ParsedRow {

    private final Row row;
    private final ColumnMapping mapping;
    private final Map<HouseholdField, Object> values = new EnumMap<>(HouseholdField.class);
    private final List<RowError> errors = new ArrayList<>(0);

    ParsedRow(Row row, ColumnMapping mapping) {
        this.row = row;
        this.mapping = mapping;
    }

    long number() {
        return row.number();
    }

    Row row() {
        return row;
    }

    /** The stripped cell, "" when empty or unmapped. */
    String raw(HouseholdField field) {
        return mapping.value(row, field);
    }

    void put(HouseholdField field, Object value) {
        values.put(field, value);
    }

    @SuppressWarnings("unchecked")
    <T> T get(HouseholdField field) {
        return (T) values.get(field);
    }

    /** The typed value if a validator set one, else the raw text (null when empty). */
    String text(HouseholdField field) {
        Object value = values.get(field);
        if (value != null) {
            return value.toString();
        }
        String raw = raw(field);
        return raw.isEmpty() ? null : raw;
    }

    /** Records a problem with a field; the value is quoted only when the field is not personal data. */
    void reject(HouseholdField field, ImportCode code, String expected) {
        String value = field.personal() ? null : raw(field);
        errors.add(RowError.of(code, row.number(), mapping.label(field), value, expected));
    }

    void reject(RowError error) {
        errors.add(error);
    }

    List<RowError> errors() {
        return errors;
    }

    String label(HouseholdField field) {
        return mapping.label(field);
    }
}
