package org.homeward.exchange.imports;

/** A place column: a P-code, or an area name in Arabic or Latin script that names one area. */
record AreaValidator(HouseholdField field, References references) implements RowValidator {

    @Override
    public void validate(ParsedRow row) {
        String text = row.raw(field);
        if (text.isEmpty()) {
            return;
        }
        References.Resolved resolved = references.area(text);
        if (resolved.ok()) {
            row.put(field, resolved.code());
        } else {
            row.reject(field, resolved.problem(), resolved.expected());
        }
    }
}
