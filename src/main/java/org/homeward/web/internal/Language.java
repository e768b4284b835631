package org.homeward.web.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Homeward's interface speaks. A language's name is always written in that language. */
enum Language {
    ENGLISH("en", "English", false),
    ARABIC("ar", "العربية", true),
    RUSSIAN("ru", "Русский", false);

    static final Language DEFAULT = ENGLISH;

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    String code() {
        return code;
    }

    String nativeName() {
        return nativeName;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    Locale locale() {
        return Locale.of(code);
    }

    /** The supported language of a locale, ignoring its country: {@code ar_SY} is Arabic. */
    static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(language -> language.code.equals(locale.getLanguage()))
                .findFirst();
    }
}
