package org.homeward.registry.internal;

import java.util.regex.Pattern;

/** Rules for free text received from clients: length, control characters, script. */
final class TextRules {

    static final int NAME_MAX = 100;
    static final int LOCALITY_MAX = 200;
    static final int NOTES_MAX = 4000;

    // Control and format characters (but line breaks, tabs, and the joiners and marks Arabic text needs), and
    // lone UTF-16 surrogates: a JSON escape of half a surrogate pair yields one, and UTF-8 cannot carry it, so
    // the database would silently keep a "?" instead.
    private static final Pattern CONTROL =
            Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\p{Cf}&&[^\\u200c\\u200d\\u200e\\u200f]]|\\p{Cs}");
    private static final Pattern ARABIC_NAME = Pattern.compile("[\\p{IsArabic}\\s'’\\-]+");
    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}\\p{M}\\s'’\\-.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,24}");

    private TextRules() {}

    static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    static boolean isArabicName(String text) {
        return ARABIC_NAME.matcher(text).matches();
    }

    static boolean isLatinName(String text) {
        return LATIN_NAME.matcher(text).matches();
    }

    static boolean isPhone(String text) {
        return PHONE.matcher(text).matches();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
