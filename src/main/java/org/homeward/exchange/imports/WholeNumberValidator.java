package org.homeward.exchange.imports;

/** A whole number from 0 to a bound ({@code 34}, {@code 34.0} as spreadsheets store it). */
record WholeNumberValidator(HouseholdField field, int max) implements RowValidator {

    @Override
    public void validate(ParsedRow row) {
        String text = row.raw(field);
        if (text.isEmpty()) {
            return;
        }
        String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            row.reject(field, ImportCode.INVALID_NUMBER, "a whole number from 0 to " + max);
            return;
        }
        int value = Integer.parseInt(digits);
        if (value > max) {
            row.reject(field, ImportCode.INVALID_NUMBER, "a whole number from 0 to " + max);
        } else {
            row.put(field, value);
        }
    }
}
