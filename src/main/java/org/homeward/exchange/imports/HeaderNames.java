package org.homeward.exchange.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How header texts compare: {@code "Date of birth"}, {@code date_of_birth} and {@code DATE-OF-BIRTH} are one
 * spelling; in Arabic, hamza forms of alef, alef maqsura and diacritics do not matter ({@code تاريخ الميلاد}).
 */
final class HeaderNames {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.:/]+");
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    private HeaderNames() {}

    static String normalise(String header) {
        String text = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
                .strip()
                .toLowerCase(Locale.ROOT);
        text = ARABIC_MARKS.matcher(text).replaceAll("");
        text = text.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ى', 'ي');
        return SEPARATORS.matcher(text).replaceAll(" ").strip();
    }
}
