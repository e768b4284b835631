package org.homeward.exchange.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as spreadsheets write them: ISO {@code 2019-03-07}, or day first {@code 7/3/2019} and {@code 07.03.2019}
 * (the order used in Syria and its neighbours; month-first American dates are not guessed at), or an ISO date-time.
 */
record DateValidator(HouseholdField field) implements RowValidator {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    @Override
    public void validate(ParsedRow row) {
        String text = row.raw(field);
        if (text.isEmpty()) {
            return;
        }
        LocalDate date = parse(text);
        if (date == null) {
            row.reject(field, ImportCode.INVALID_DATE, "a date such as 2019-03-07 or 07/03/2019");
        } else {
            row.put(field, date);
        }
    }

    static LocalDate parse(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return LocalDate.of(
                        Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
