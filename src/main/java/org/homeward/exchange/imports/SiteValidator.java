package org.homeward.exchange.imports;

/** A site or camp code of the gazetteer, in any letter case. */
record SiteValidator(HouseholdField field, References references) implements RowValidator {

    @Override
    public void validate(ParsedRow row) {
        String text = row.raw(field);
        if (text.isEmpty()) {
            return;
        }
        References.Resolved resolved = references.site(text);
        if (resolved.ok()) {
            row.put(field, resolved.code());
        } else {
            row.reject(field, resolved.problem(), resolved.expected());
        }
    }
}
