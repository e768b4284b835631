package org.homeward.exchange.imports;

import java.util.Map;

/**
 * A coded value written in any of its known spellings ({@code f}, {@code female}, {@code أنثى}), stored as the code
 * the registry's API takes.
 */
record CodeValidator(HouseholdField field, Map<String, String> spellings, String expected) implements RowValidator {

    @Override
    public void validate(ParsedRow row) {
        String text = row.raw(field);
        if (text.isEmpty()) {
            return;
        }
        String code = spellings.get(HeaderNames.normalise(text));
        if (code == null) {
            row.reject(field, ImportCode.INVALID_CODE, expected);
        } else {
            row.put(field, code);
        }
    }
}
