package org.homeward.statistics.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as pages write them: the reader's grouping (2,350,000 or 2 350 000), Western digits in every language. */
final class Counts {

    private Counts() {}

    static String format(long value, Locale locale) {
        Locale digits = new Locale.Builder()
                .setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "latn")
                .build();
        return NumberFormat.getIntegerInstance(digits).format(value);
    }
}
