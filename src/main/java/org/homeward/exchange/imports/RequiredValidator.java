package org.homeward.exchange.imports;

/** A value every row must have. */
record RequiredValidator(HouseholdField field, String expected) implements RowValidator {

    @Override
    public void validate(ParsedRow row) {
        if (row.raw(field).isEmpty()) {
            row.reject(field, ImportCode.REQUIRED, expected);
        }
    }
}
