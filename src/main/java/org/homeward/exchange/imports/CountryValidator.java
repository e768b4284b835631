package org.homeward.exchange.imports;

/** A country column: ISO 3166-1 alpha-2 or alpha-3, or the English or Arabic name; stored as alpha-3. */
record CountryValidator(HouseholdField field, References references) implements RowValidator {

    @Override
    public void validate(ParsedRow row) {
        String text = row.raw(field);
        if (text.isEmpty()) {
            return;
        }
        References.Resolved resolved = references.country(text);
        if (resolved.ok()) {
            row.put(field, resolved.code());
        } else {
            row.reject(field, resolved.problem(), resolved.expected());
        }
    }
}
